import { viewers } from '@best/kit/testing';
import { storytellerFieldsGiven } from './storyteller-reads';

const ORG = '0d000000-0000-4000-8000-0000000000a1';
const publicStory = { countryCode: 'IT', publiclyVisible: true };
const networkStory = { countryCode: 'IT', publiclyVisible: false };
const ASKED = [
  'id',
  '__typename',
  'title',
  'storytellerName',
  'consent.scope',
  'consent.evidenceReference',
  'consent.recordedBy',
];

describe('storytellerFieldsGiven', () => {
  it('gives nothing to audit for a public story read without its consent evidence, for anyone', () => {
    const asked = ['id', 'title', 'text', 'storytellerName', 'consent.scope', 'consent.channels'];
    for (const viewer of [viewers.anonymous(), viewers.admin(), viewers.coordinator('IT'), viewers.juror()]) {
      expect(storytellerFieldsGiven(viewer, publicStory, asked)).toEqual([]);
    }
  });

  it('counts the consent evidence of a public story for admins and the coordinator of its country only', () => {
    const evidence = ['consent.evidenceReference', 'consent.recordedBy'];
    expect(storytellerFieldsGiven(viewers.admin(), publicStory, ASKED)).toEqual(evidence);
    expect(storytellerFieldsGiven(viewers.coordinator('IT'), publicStory, ASKED)).toEqual(evidence);
    expect(storytellerFieldsGiven(viewers.coordinator('FR'), publicStory, ASKED)).toEqual([]);
    expect(storytellerFieldsGiven(viewers.member(ORG, 'IT'), publicStory, ASKED)).toEqual([]);
  });

  it('counts every field but the id of a story the public does not see, evidence only for those shown it', () => {
    expect(storytellerFieldsGiven(viewers.juror(), networkStory, ASKED)).toEqual([
      'title',
      'storytellerName',
      'consent.scope',
    ]);
    expect(storytellerFieldsGiven(viewers.admin(), networkStory, ASKED)).toEqual(ASKED.slice(2));
    expect(storytellerFieldsGiven(viewers.admin(), networkStory, ['id', '__typename'])).toEqual([]);
  });

  it('treats a story loaded without its visibility as not public, so a read is never missed', () => {
    expect(storytellerFieldsGiven(viewers.juror(), { countryCode: 'IT' }, ['title'])).toEqual(['title']);
  });
});
