import type { EntityManager } from 'typeorm';
import { demoId } from '@best/demo';
import { Initiative } from '../initiatives/initiative.entity';
import { Activity, InitiativeListing, InitiativeStatus, TargetGroup } from '../initiatives/initiative.enums';
import { OrganizationKind } from '../organizations/organization.enums';
import { InitiativeProposal } from '../proposals/proposal.entity';
import { ProposalState, ProposerRelation } from '../proposals/proposal.enums';

interface DemoProposal {
  countryCode: string;
  language: string;
  relation: ProposerRelation;
  title: string;
  summary: string;
  city: string;
  latitude: number;
  longitude: number;
  meetingPlace: string;
  meetingTimes: string;
  targetGroups: TargetGroup[];
  activities: Activity[];
  organizationName: string;
  organizationKind: OrganizationKind;
  proposerName: string;
  submittedAt: string;
}

const { SELF, NOMINATOR } = ProposerRelation;

/**
 * One proposal per country waiting for its coordinator, written in the country's language as the
 * campaign's forms were. Fictional people and organisations, like the rest of the demo.
 */
const PROPOSALS: readonly DemoProposal[] = [
  {
    countryCode: 'IT',
    language: 'it',
    relation: NOMINATOR,
    city: 'Palermo',
    latitude: 38.1223,
    longitude: 13.3392,
    title: 'Orto condiviso con i rifugiati a Palermo',
    summary: 'Vicini e rifugiati coltivano insieme un orto nel quartiere e si incontrano ogni sabato mattina.',
    meetingPlace: 'Orto di quartiere, Zisa',
    meetingTimes: 'Ogni sabato, 9:00–12:00',
    targetGroups: [TargetGroup.NEIGHBOURS],
    activities: [Activity.RECREATION],
    organizationName: 'Orti Solidali Zisa',
    organizationKind: OrganizationKind.COMMUNITY_GROUP,
    proposerName: 'Luca Prova',
    submittedAt: '2017-03-02T10:14:00.000Z',
  },
  {
    countryCode: 'FR',
    language: 'fr',
    relation: SELF,
    city: 'Lyon',
    latitude: 45.7676,
    longitude: 4.8344,
    title: 'Chorale du quartier avec les nouveaux arrivants à Lyon',
    summary: 'Habitants et réfugiés chantent ensemble chaque mercredi soir et préparent un concert par an.',
    meetingPlace: 'Salle paroissiale Saint-Pierre',
    meetingTimes: 'Le mercredi, 19h–21h',
    targetGroups: [TargetGroup.NEIGHBOURS, TargetGroup.PARISHIONERS],
    activities: [Activity.CULTURE],
    organizationName: 'Chorale Voix Mêlées',
    organizationKind: OrganizationKind.COMMUNITY_GROUP,
    proposerName: 'Sophie Essai',
    submittedAt: '2017-03-06T16:40:00.000Z',
  },
  {
    countryCode: 'DE',
    language: 'de',
    relation: NOMINATOR,
    city: 'Leipzig',
    latitude: 51.3126,
    longitude: 12.3747,
    title: 'Nähcafé für Nachbarinnen und Geflüchtete in Leipzig',
    summary:
      'Frauen aus der Nachbarschaft und geflüchtete Frauen nähen, reparieren und reden jeden Donnerstag zusammen.',
    meetingPlace: 'Stadtteilzentrum Connewitz',
    meetingTimes: 'Donnerstags, 15–18 Uhr',
    targetGroups: [TargetGroup.NEIGHBOURS, TargetGroup.FAMILIES],
    activities: [Activity.RECREATION],
    organizationName: 'Nähcafé Connewitz',
    organizationKind: OrganizationKind.NGO,
    proposerName: 'Lena Beispiel',
    submittedAt: '2017-03-09T09:05:00.000Z',
  },
  {
    countryCode: 'BE',
    language: 'nl',
    relation: SELF,
    city: 'Gent',
    latitude: 51.0616,
    longitude: 3.7402,
    title: 'Buurtrestaurant met nieuwkomers in Gent',
    summary: 'Buren en nieuwkomers koken om de beurt en eten elke vrijdagavond samen in het buurthuis.',
    meetingPlace: 'Buurthuis Sint-Amandsberg',
    meetingTimes: 'Vrijdag, 18:00–21:00',
    targetGroups: [TargetGroup.NEIGHBOURS],
    activities: [Activity.CULTURE],
    organizationName: 'Buurtwerking Sint-Amandsberg',
    organizationKind: OrganizationKind.COMMUNITY_GROUP,
    proposerName: 'Els Proef',
    submittedAt: '2017-03-13T13:22:00.000Z',
  },
  {
    countryCode: 'ES',
    language: 'es',
    relation: NOMINATOR,
    city: 'Sevilla',
    latitude: 37.4007,
    longitude: -5.9929,
    title: 'Paseos en bicicleta con refugiados en Sevilla',
    summary: 'Vecinos y refugiados recorren la ciudad en bicicleta cada domingo y aprenden juntos a repararlas.',
    meetingPlace: 'Alameda de Hércules',
    meetingTimes: 'Domingos, 10:00–13:00',
    targetGroups: [TargetGroup.NEIGHBOURS, TargetGroup.UNIVERSITY_STUDENTS],
    activities: [Activity.SPORTS],
    organizationName: 'Bicis Sin Fronteras',
    organizationKind: OrganizationKind.COMMUNITY_GROUP,
    proposerName: 'Marta Prueba',
    submittedAt: '2017-03-16T18:02:00.000Z',
  },
  {
    countryCode: 'PT',
    language: 'pt',
    relation: SELF,
    city: 'Porto',
    latitude: 41.1472,
    longitude: -8.6157,
    title: 'Explicações de português com estudantes no Porto',
    summary: 'Estudantes universitários ensinam português a refugiados e aprendem árabe e tigrínia com eles.',
    meetingPlace: 'Biblioteca da Faculdade de Letras',
    meetingTimes: 'Terças e quintas, 18h–20h',
    targetGroups: [TargetGroup.UNIVERSITY_STUDENTS],
    activities: [Activity.LANGUAGE_EXCHANGE, Activity.EDUCATION],
    organizationName: 'Associação Palavras Partilhadas',
    organizationKind: OrganizationKind.UNIVERSITY,
    proposerName: 'Tiago Teste',
    submittedAt: '2017-03-20T11:47:00.000Z',
  },
  {
    countryCode: 'MT',
    language: 'en',
    relation: NOMINATOR,
    city: 'Marsa',
    latitude: 35.8805,
    longitude: 14.4932,
    title: 'Sunday cricket with newcomers in Marsa',
    summary: 'Local families and young refugees play cricket together every Sunday afternoon on the Marsa grounds.',
    meetingPlace: 'Marsa Sports Ground',
    meetingTimes: 'Sundays, 15:00–18:00',
    targetGroups: [TargetGroup.FAMILIES],
    activities: [Activity.SPORTS],
    organizationName: 'Cricket Friends Marsa',
    organizationKind: OrganizationKind.COMMUNITY_GROUP,
    proposerName: 'Joseph Prova',
    submittedAt: '2017-03-23T15:31:00.000Z',
  },
  {
    countryCode: 'RO',
    language: 'ro',
    relation: SELF,
    city: 'Cluj-Napoca',
    latitude: 46.7694,
    longitude: 23.5899,
    title: 'Atelier de teatru cu refugiați în Cluj-Napoca',
    summary:
      'Elevi din Cluj și tineri refugiați pregătesc împreună o piesă de teatru, cu repetiții în fiecare sâmbătă.',
    meetingPlace: 'Casa de Cultură a Studenților',
    meetingTimes: 'Sâmbăta, 11:00–14:00',
    targetGroups: [TargetGroup.SCHOOL_PUPILS],
    activities: [Activity.CULTURE],
    organizationName: 'Asociația Scena Deschisă',
    organizationKind: OrganizationKind.NGO,
    proposerName: 'Ioana Exemplu',
    submittedAt: '2017-03-27T08:58:00.000Z',
  },
  {
    countryCode: 'HR',
    language: 'hr',
    relation: NOMINATOR,
    city: 'Osijek',
    latitude: 45.5511,
    longitude: 18.6939,
    title: 'Šahovski klub za sve u Osijeku',
    summary: 'Umirovljenici i izbjeglice igraju šah i uče jedni od drugih svakog utorka poslijepodne.',
    meetingPlace: 'Gradska knjižnica Osijek',
    meetingTimes: 'Utorkom, 17–19 h',
    targetGroups: [TargetGroup.ELDERLY_PEOPLE],
    activities: [Activity.RECREATION],
    organizationName: 'Udruga Šah za sve',
    organizationKind: OrganizationKind.COMMUNITY_GROUP,
    proposerName: 'Petra Proba',
    submittedAt: '2017-03-30T17:12:00.000Z',
  },
];

/** The demo's intake queue: one pending proposal in each country of the network. */
export async function seedDemoProposals(tx: EntityManager): Promise<void> {
  await tx.getRepository(Initiative).insert(
    PROPOSALS.map((p) => ({
      id: demoId('proposed-initiative', p.countryCode),
      organizationId: null,
      countryCode: p.countryCode,
      title: p.title,
      summary: p.summary,
      city: p.city,
      latitude: p.latitude,
      longitude: p.longitude,
      meetingPlace: p.meetingPlace,
      meetingTimes: p.meetingTimes,
      targetGroups: p.targetGroups,
      activities: p.activities,
      status: InitiativeStatus.ACTIVE,
      listing: InitiativeListing.PROPOSED,
      createdAt: new Date(p.submittedAt),
    })),
  );
  await tx.getRepository(InitiativeProposal).insert(
    PROPOSALS.map((p) => ({
      id: demoId('proposal', p.countryCode),
      initiativeId: demoId('proposed-initiative', p.countryCode),
      countryCode: p.countryCode,
      state: ProposalState.PENDING,
      language: p.language,
      proposerRelation: p.relation,
      proposerName: p.proposerName,
      proposerEmail: `${p.proposerName.toLowerCase().replace(/\s+/g, '.')}@example.org`,
      proposerViewerId: null,
      organizationName: p.organizationName,
      organizationKind: p.organizationKind,
      organizationWebsite: null,
      submittedAt: new Date(p.submittedAt),
    })),
  );
}
