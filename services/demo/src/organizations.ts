import type { MembershipStage, OrganizationKind } from './vocabulary';

export interface OrganizationSeed {
  countryCode: string;
  name: string;
  kind: OrganizationKind;
  /** Where it is based: one of the country's demo cities. */
  city: string;
  stage: MembershipStage;
  description: string;
}

const seed = (
  countryCode: string,
  name: string,
  kind: OrganizationKind,
  city: string,
  stage: MembershipStage,
  description: string,
): OrganizationSeed => ({ countryCode, name, kind, city, stage, description });

/**
 * The 40 fictional organisations, roughly in proportion to the initiatives the campaign mapped per
 * country (IT 8, FR 7, DE 6, BE 5, ES 4, PT 4, MT 2, RO 2, HR 2). The first of each country is its
 * national partner.
 */
export const ORGANIZATION_SEEDS: readonly OrganizationSeed[] = [
  seed('IT', 'JRS Italia (demo)', 'JRS_OFFICE', 'Roma', 'MEMBER',
    'National partner office coordinating the network in Italy, with reception and accompaniment services for forced migrants.'),
  seed('IT', 'Associazione Ponti Aperti', 'NGO', 'Palermo', 'MEMBER',
    'Volunteer association bringing young Sicilians and newly arrived refugees together through sport and shared meals.'),
  seed('IT', 'Comunità Parrocchiale Porta Aperta', 'FAITH_COMMUNITY', 'Torino', 'MEMBER',
    'Parish community that opens its rooms and its Sunday table to families who had to flee their country.'),
  seed('IT', 'Rete Studentesca Università Aperta', 'UNIVERSITY', 'Bologna', 'MEMBER',
    'Student network that pairs university students with refugees studying or preparing to study in Bologna.'),
  seed('IT', 'Liceo Stella Polare', 'SCHOOL', 'Milano', 'INVITED',
    'Secondary school whose pupils run after-school activities with newly arrived teenagers.'),
  seed('IT', 'Comune di Catania – Sportello Intercultura (demo)', 'MUNICIPALITY', 'Catania', 'INVITED',
    'Municipal intercultural desk supporting neighbourhood projects that include newcomers.'),
  seed('IT', 'Gruppo di Quartiere Sanità Insieme', 'COMMUNITY_GROUP', 'Napoli', 'CONTACTED',
    'Informal neighbourhood group organising street events and a weekly open courtyard.'),
  seed('IT', 'Cooperativa Sociale Tavola Comune', 'OTHER', 'Milano', 'DECLINED',
    'Social cooperative running a community kitchen and catering training for refugees and local young people.'),

  seed('FR', 'JRS France (demo)', 'JRS_OFFICE', 'Paris', 'MEMBER',
    'National partner office coordinating the network in France and a hosting network of families and communities.'),
  seed('FR', 'Voisins Solidaires de Lyon', 'COMMUNITY_GROUP', 'Lyon', 'MEMBER',
    'Neighbours who meet every week with asylum seekers living in their district for meals, outings and help with daily life.'),
  seed('FR', 'Association Table Ouverte', 'NGO', 'Marseille', 'MEMBER',
    'Association organising shared cooking workshops and language tables between locals and newcomers.'),
  seed('FR', "Communauté paroissiale de l'Accueil", 'FAITH_COMMUNITY', 'Lille', 'INVITED',
    'Parish community whose members accompany refugee families through their first months in Lille.'),
  seed('FR', 'Campus Solidaire Toulouse', 'UNIVERSITY', 'Toulouse', 'INVITED',
    'University volunteer service linking students with refugee students and young adults.'),
  seed('FR', 'Collège Les Passerelles', 'SCHOOL', 'Strasbourg', 'CONTACTED',
    'Lower secondary school with a welcome class and clubs open to pupils and their families.'),
  seed('FR', 'Ville de Grenoble – Mission Accueil (demo)', 'MUNICIPALITY', 'Grenoble', 'IDENTIFIED',
    'Municipal service supporting the reception of newcomers and local solidarity projects.'),

  seed('DE', 'JRS Deutschland (demo)', 'JRS_OFFICE', 'Berlin', 'MEMBER',
    'National partner office coordinating the network in Germany, with counselling and community projects.'),
  seed('DE', 'Nachbarschaftsinitiative Offene Tür Köln', 'COMMUNITY_GROUP', 'Köln', 'MEMBER',
    'Neighbourhood initiative running a café, a repair workshop and a garden with residents of a nearby shelter.'),
  seed('DE', 'Verein Brückenbauer Leipzig', 'NGO', 'Leipzig', 'MEMBER',
    'Registered association matching locals and refugees as mentors, tandem partners and flatmates.'),
  seed('DE', 'Pfarrgemeinde Zur Begegnung', 'FAITH_COMMUNITY', 'München', 'INVITED',
    'Catholic parish community with a welcome circle for refugees living in the parish.'),
  seed('DE', 'Hochschulinitiative Wohnen für Alle', 'UNIVERSITY', 'Hamburg', 'INACTIVE',
    'Student-run initiative that found shared rooms for refugee students in student flats.'),
  seed('DE', 'Gesamtschule Am Mühlenweg', 'SCHOOL', 'Frankfurt am Main', 'INVITED',
    'Comprehensive school running mixed clubs for pupils from welcome and regular classes.'),

  seed('BE', 'JRS Belgium (demo)', 'JRS_OFFICE', 'Bruxelles', 'MEMBER',
    'National partner office coordinating the network in Belgium, in French and Dutch.'),
  seed('BE', 'Kot Samen vzw', 'NGO', 'Leuven', 'MEMBER',
    'Non-profit organisation in which students and young refugees share student houses (kots).'),
  seed('BE', 'Buren zonder Grenzen Gent', 'COMMUNITY_GROUP', 'Gent', 'INVITED',
    'Neighbourhood group organising walks, suppers and a weekly language table.'),
  seed('BE', "Communauté chrétienne de l'Accueil", 'FAITH_COMMUNITY', 'Liège', 'MEMBER',
    'Christian community whose parishioners host newcomers and run a Sunday welcome.'),
  seed('BE', 'Stad Antwerpen – Dienst Samenleven (demo)', 'MUNICIPALITY', 'Antwerpen', 'CONTACTED',
    'City service supporting neighbourhood projects on living together.'),

  seed('ES', 'JRS España (demo)', 'JRS_OFFICE', 'Madrid', 'MEMBER',
    'National partner office coordinating the network in Spain with hospitality and accompaniment programmes.'),
  seed('ES', 'Asociación Puentes de Barrio', 'NGO', 'Málaga', 'MEMBER',
    'Neighbourhood association running sports, music and language activities open to everyone.'),
  seed('ES', 'Colegio Mar Abierto', 'SCHOOL', 'Valencia', 'INVITED',
    'School whose families organise welcome activities for pupils who recently arrived.'),
  seed('ES', 'Red Vecinal Acoge Sevilla', 'COMMUNITY_GROUP', 'Sevilla', 'IDENTIFIED',
    'Network of neighbours who welcome refugee families living in their streets.'),

  seed('PT', 'JRS Portugal (demo)', 'JRS_OFFICE', 'Lisboa', 'MEMBER',
    'National partner office coordinating the network in Portugal, with mentoring and hosting programmes.'),
  seed('PT', 'Associação Mesa Partilhada', 'NGO', 'Porto', 'MEMBER',
    'Association bringing people together around a shared table, cooking classes and cultural evenings.'),
  seed('PT', 'Núcleo Académico Boas-Vindas', 'UNIVERSITY', 'Coimbra', 'MEMBER',
    'Student group welcoming refugee students and pairing them with local study buddies.'),
  seed('PT', 'Paróquia da Boa Vizinhança', 'FAITH_COMMUNITY', 'Braga', 'DECLINED',
    'Parish whose volunteers support refugee families with housing and language.'),

  seed('MT', 'JRS Malta (demo)', 'JRS_OFFICE', 'Birkirkara', 'MEMBER',
    'National partner office coordinating the network in Malta, with school and community programmes.'),
  seed('MT', 'Għaqda Ġirien Flimkien', 'COMMUNITY_GROUP', 'Marsa', 'INVITED',
    'Residents association bringing Maltese neighbours and migrants together for football and festas.'),

  seed('RO', 'JRS România (demo)', 'JRS_OFFICE', 'București', 'MEMBER',
    'National partner office coordinating the network in Romania, with integration and community activities.'),
  seed('RO', 'Asociația Vecini Buni', 'NGO', 'Iași', 'INVITED',
    'Association organising language exchange, mentoring and cultural evenings for locals and refugees.'),

  seed('HR', 'JRS Hrvatska (demo)', 'JRS_OFFICE', 'Zagreb', 'MEMBER',
    'National partner office coordinating the network in Croatia, with integration support and volunteering.'),
  seed('HR', 'Kulturni centar Susret', 'OTHER', 'Rijeka', 'INACTIVE',
    'Independent cultural centre that ran theatre and music workshops for locals and refugees.'),
];
