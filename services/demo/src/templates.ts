import type { Activity, OrganizationKind, TargetGroup } from './vocabulary';

/** A kind of community-building initiative; `{city}` is replaced by the initiative's city. */
export interface InitiativeTemplate {
  title: string;
  summary: string;
  /** One sentence on how it works; the generator adds who runs it, figures and status. */
  how: string;
  targetGroups: readonly TargetGroup[];
  /** The first is the primary activity the template is listed under. */
  activities: readonly Activity[];
  /** Only organisations of these kinds run it; absent: any kind. */
  by?: readonly OrganizationKind[];
}

const FAITH: readonly OrganizationKind[] = ['FAITH_COMMUNITY', 'JRS_OFFICE'];

const t = (
  activities: readonly Activity[],
  targetGroups: readonly TargetGroup[],
  title: string,
  summary: string,
  how: string,
  by?: readonly OrganizationKind[],
): InitiativeTemplate => ({ title, summary, how, targetGroups, activities, ...(by ? { by } : {}) });

export const TEMPLATES: readonly InitiativeTemplate[] = [
  // ACCOMMODATION
  t(
    ['ACCOMMODATION'],
    ['UNIVERSITY_STUDENTS'],
    'Shared flats for students and refugees in {city}',
    'Local students and young refugees share flats in {city}, splitting rent, chores and a weekly dinner, so that newcomers find a home and a first circle of friends.',
    'Each flat is shared by two local students and one or two young refugees, matched after an introductory weekend.',
  ),
  t(
    ['ACCOMMODATION', 'MENTORING'],
    ['FAMILIES'],
    'Host families for newcomers in {city}',
    'Families in {city} open a spare room to a refugee for six to twelve months, with a mentor on call and a monthly meeting of all host families.',
    'Families and guests are prepared in two sessions and meet the other host families every month.',
  ),
  t(
    ['ACCOMMODATION'],
    ['PARISHIONERS'],
    'Parish guest rooms for newcomers in {city}',
    'Parishioners in {city} turn unused rooms into a welcoming home for people who had to flee, and share a meal with their guests every Sunday.',
    'A small team of parishioners looks after each guest room and its guest.',
    FAITH,
  ),
  t(
    ['ACCOMMODATION', 'MENTORING'],
    ['ELDERLY_PEOPLE'],
    'Home-share between generations in {city}',
    'Older residents of {city} with a spare room live with a young refugee, who helps around the house in return for a home and company.',
    'Pairs are matched after several visits and are followed by a volunteer coordinator.',
  ),

  // SPORTS
  t(
    ['SPORTS'],
    ['NEIGHBOURS'],
    'Sunday football for all in {city}',
    'Every Sunday morning, locals and newcomers play mixed-team football on a public pitch in {city}, followed by tea together.',
    'Teams are mixed every week so that players get to know each other.',
  ),
  t(
    ['SPORTS', 'RECREATION'],
    ['SCHOOL_PUPILS'],
    'After-school sports afternoons in {city}',
    'Pupils from welcome classes and regular classes in {city} play basketball, volleyball and athletics together twice a week after school.',
    'Local coaches and older pupils lead the sessions in the school gym.',
  ),
  t(
    ['SPORTS'],
    ['ELDERLY_PEOPLE', 'NEIGHBOURS'],
    'Walking group for all ages in {city}',
    'A weekly walk through the parks and old streets of {city}, where older residents and newcomers walk side by side and talk.',
    'The group meets every Wednesday at the same square and walks for about an hour.',
  ),
  t(
    ['SPORTS'],
    ['OTHER'],
    "Women's running and swimming club in {city}",
    'Local women and women who arrived as refugees run and swim together in {city}, with a women-only pool slot every week.',
    'Trainers volunteer their time and the municipal pool offers a weekly slot.',
  ),

  // RECREATION
  t(
    ['RECREATION'],
    ['FAMILIES'],
    'Family picnics in the park in {city}',
    'Once a month families from {city} and refugee families share a picnic, games and music in a city park.',
    'Each family brings a dish and volunteers organise games for the children.',
  ),
  t(
    ['RECREATION'],
    ['UNIVERSITY_STUDENTS', 'NEIGHBOURS'],
    'Board game evenings in {city}',
    'A weekly evening of board games and card games in a neighbourhood café in {city}, open to students, neighbours and newcomers.',
    'Games that need little language are chosen so everyone can join from the first evening.',
  ),
  t(
    ['RECREATION', 'SPORTS', 'EDUCATION'],
    ['SCHOOL_PUPILS', 'FAMILIES'],
    'Summer camp for children in {city}',
    'A two-week summer camp in {city} where local children and refugee children play, swim and make things together.',
    'Older pupils and student volunteers lead the groups, and parents join for the closing party.',
  ),
  t(
    ['RECREATION'],
    ['ELDERLY_PEOPLE'],
    'Tea afternoons at the senior club in {city}',
    'A senior club in {city} invites newcomers to its weekly tea afternoon for conversation, cards and music.',
    'Volunteers welcome new guests at the door and sit with them on their first visits.',
  ),

  // EDUCATION
  t(
    ['EDUCATION'],
    ['SCHOOL_PUPILS'],
    'Homework club for pupils in {city}',
    'Pupils who recently arrived in {city} do their homework with local pupils and volunteer tutors three afternoons a week.',
    'Tutors work with small groups at the same tables every week.',
  ),
  t(
    ['EDUCATION', 'MENTORING'],
    ['UNIVERSITY_STUDENTS'],
    'Study buddies on campus in {city}',
    'Refugee students in {city} are paired with local students who help them with courses, enrolment and life on campus.',
    'Buddies meet at least once a week, and all pairs meet at a monthly campus evening.',
  ),
  t(
    ['EDUCATION'],
    ['ELDERLY_PEOPLE'],
    'Digital skills for grandparents and newcomers in {city}',
    'Young refugees teach older residents of {city} to use phones and computers, and learn the language in return.',
    'Sessions take place every week in the public library.',
  ),
  t(
    ['EDUCATION'],
    ['FAMILIES'],
    "Parents' evening school in {city}",
    'Parents who recently arrived in {city} and local parents meet to learn about the school system, health services and everyday life.',
    'Each evening has a topic, childcare is provided and interpreters volunteer.',
  ),

  // CULTURE
  t(
    ['CULTURE'],
    ['PARISHIONERS', 'NEIGHBOURS'],
    'Choir of many voices in {city}',
    'A choir in {city} where locals and newcomers sing songs from all their countries, rehearsing weekly and performing at local festivals.',
    'Rehearsals are every Thursday evening and anyone can join without an audition.',
  ),
  t(
    ['CULTURE', 'LANGUAGE_EXCHANGE'],
    ['UNIVERSITY_STUDENTS', 'OTHER'],
    'Community theatre in {city}',
    'Students, residents and refugees in {city} write and stage a play together each year, drawing on their own stories.',
    'The group rehearses twice a week and performs in a local theatre in spring.',
  ),
  t(
    ['CULTURE', 'RECREATION'],
    ['NEIGHBOURS', 'FAMILIES'],
    'Cooking together: recipes from home in {city}',
    'Locals and newcomers in {city} take turns teaching a recipe from home and then share the meal at one long table.',
    'A different cook leads each session in a shared community kitchen.',
  ),
  t(
    ['CULTURE'],
    ['NEIGHBOURS'],
    'Festival of neighbours in {city}',
    'A yearly street festival in {city}, prepared over months by neighbours and newcomers, with music, food and dance from many countries.',
    'Working groups meet every two weeks through the year to prepare the festival.',
  ),

  // LANGUAGE_EXCHANGE
  t(
    ['LANGUAGE_EXCHANGE'],
    ['UNIVERSITY_STUDENTS', 'NEIGHBOURS'],
    'Tandem language café in {city}',
    'A weekly café in {city} where locals and newcomers meet in pairs to practise each other’s languages over coffee.',
    'Tandem partners switch languages halfway and the café offers topics to start the talk.',
  ),
  t(
    ['LANGUAGE_EXCHANGE'],
    ['PARISHIONERS'],
    'Conversation circles after Mass in {city}',
    'After Sunday Mass in {city}, parishioners and newcomers meet in small circles to practise the local language and get to know each other.',
    'Each circle has a regular host and meets in the parish hall.',
    FAITH,
  ),
  t(
    ['LANGUAGE_EXCHANGE', 'EDUCATION'],
    ['ELDERLY_PEOPLE', 'SCHOOL_PUPILS'],
    'Reading aloud with grandparents in {city}',
    'Older residents of {city} read stories aloud with children who are learning the language, in the library every week.',
    'Readers and children stay together for a school term so they can build a bond.',
  ),
  t(
    ['LANGUAGE_EXCHANGE', 'CULTURE'],
    ['NEIGHBOURS', 'OTHER'],
    'Language walks through {city}',
    'Locals show newcomers their city and learn words from the newcomers’ languages on themed walks through {city}.',
    'Each walk has a theme, like the market, the river or the old town.',
  ),

  // MENTORING
  t(
    ['MENTORING'],
    ['OTHER'],
    'Job mentors for newcomers in {city}',
    'Working professionals in {city} mentor refugees looking for work or training, meeting every two weeks for a year.',
    'Mentors and mentees meet every two weeks and join a monthly group meeting.',
  ),
  t(
    ['MENTORING'],
    ['FAMILIES'],
    'Buddy families in {city}',
    'A local family and a newly arrived family in {city} are paired to share outings, meals and questions about life in the city.',
    'Families commit to meeting at least twice a month for a year.',
  ),
  t(
    ['MENTORING', 'EDUCATION'],
    ['UNIVERSITY_STUDENTS', 'SCHOOL_PUPILS'],
    'Student mentors for young refugees in {city}',
    'University students in {city} mentor teenagers who arrived alone, helping with school, hobbies and plans for the future.',
    'Each pair meets weekly and the mentors are supported by a social worker.',
  ),
  t(
    ['MENTORING'],
    ['PARISHIONERS'],
    'Parish welcome companions in {city}',
    'Parishioners in {city} accompany newly arrived people through their first months, from appointments to coffee after Mass.',
    'Companions are trained in two evenings and meet monthly to share experiences.',
    FAITH,
  ),

  // OTHER
  t(
    ['OTHER', 'RECREATION'],
    ['NEIGHBOURS', 'ELDERLY_PEOPLE'],
    'Community garden in {city}',
    'Neighbours and newcomers in {city} grow vegetables and herbs together in a shared garden, with a harvest meal every autumn.',
    'Everyone looks after a bed, and gardeners meet every Saturday morning.',
  ),
  t(
    ['OTHER'],
    ['NEIGHBOURS', 'OTHER'],
    'Repair café in {city}',
    'A monthly repair café in {city} where locals and newcomers fix bikes, clothes and electronics together and share their skills.',
    'Volunteer repairers, many of them newcomers with a trade, work side by side with visitors.',
  ),
  t(
    ['OTHER', 'SPORTS'],
    ['UNIVERSITY_STUDENTS', 'OTHER'],
    'Bike workshop for all in {city}',
    'Donated bikes are repaired by volunteers and newcomers in {city} and given to people who need them, with cycling lessons on Saturdays.',
    'The workshop is open two evenings a week in a borrowed garage.',
  ),
  t(
    ['OTHER', 'CULTURE'],
    ['PARISHIONERS'],
    'Open kitchen at the parish hall in {city}',
    'Every Friday the parish hall in {city} becomes an open kitchen where parishioners and newcomers cook and eat together.',
    'Cooks take turns so that every week brings a dish from another country.',
    FAITH,
  ),
];
