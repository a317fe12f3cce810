import {
  addBestPractice,
  addChapter,
  chaptersInput,
  draftChapters,
  move,
  moveBestPractice,
  problemPlace,
  removeBestPractice,
  removeChapter,
} from '../src/routes/awards/ManualDraft';

// The manual builder's chapters while they are edited (src/routes/awards/ManualDraft.ts).

const saved = [
  { position: 2, title: 'Sport', introduction: 'Playing together.', theme: 'sport', bestPractices: [{ id: 'b3' }] },
  { position: 1, title: 'Food', introduction: '', theme: null, bestPractices: [{ id: 'b1' }, { id: 'b2' }] },
];

describe('the manual builder', () => {
  it('starts from the saved chapters in their order, each with its own key', () => {
    const chapters = draftChapters(saved);
    expect(chapters.map((c) => c.title)).toEqual(['Food', 'Sport']);
    expect(chapters[0].bestPracticeIds).toEqual(['b1', 'b2']);
    expect(chapters[0].theme).toBe('');
    expect(new Set(chapters.map((c) => c.key)).size).toBe(2);
  });

  it('adds, removes and reorders chapters without touching the others', () => {
    const chapters = addChapter(draftChapters(saved));
    expect(chapters.map((c) => c.title)).toEqual(['Food', 'Sport', '']);
    expect(move(chapters, 2, -1).map((c) => c.title)).toEqual(['Food', '', 'Sport']);
    expect(move(chapters, 0, -1).map((c) => c.title)).toEqual(['Food', 'Sport', '']);
    expect(move(chapters, 2, 1).map((c) => c.title)).toEqual(['Food', 'Sport', '']);
    expect(removeChapter(chapters, 0).map((c) => c.title)).toEqual(['Sport', '']);
  });

  it('adds a best practice to a chapter once, removes and reorders it', () => {
    let chapters = draftChapters(saved);
    chapters = addBestPractice(chapters, 1, 'b1');
    chapters = addBestPractice(chapters, 1, 'b1');
    expect(chapters[1].bestPracticeIds).toEqual(['b3', 'b1']);
    expect(moveBestPractice(chapters, 1, 1, -1)[1].bestPracticeIds).toEqual(['b1', 'b3']);
    expect(removeBestPractice(chapters, 0, 'b1')[0].bestPracticeIds).toEqual(['b2']);
    expect(chapters[0].bestPracticeIds).toEqual(['b1', 'b2']);
  });

  it('sends the chapters trimmed, without a theme when none is typed', () => {
    const chapters = draftChapters(saved);
    chapters[0].title = '  Food  ';
    expect(chaptersInput(chapters)).toEqual([
      { title: 'Food', introduction: '', theme: null, bestPracticeIds: ['b1', 'b2'] },
      { title: 'Sport', introduction: 'Playing together.', theme: 'sport', bestPracticeIds: ['b3'] },
    ]);
  });

  it('names where a problem the server found lies, counting from one', () => {
    expect(problemPlace('chapters.2.bestPracticeIds.0')).toEqual({ chapter: 3, item: 1 });
    expect(problemPlace('chapters.0.bestPracticeIds')).toEqual({ chapter: 1, item: undefined });
    expect(problemPlace('chapters')).toEqual({});
  });
});
