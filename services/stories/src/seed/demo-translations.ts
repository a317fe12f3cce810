import type { DataSource } from 'typeorm';
import { demoId } from '@best/demo';
import { StorytellerRiskFlag } from '../stories/story.enums';
import { StoryTranslation } from '../translations/story-translation.entity';

/** When the demo translations were made (fixed, so that seeding is deterministic). */
const TRANSLATED_AT = new Date(Date.UTC(2017, 11, 4, 10, 0, 0));

interface DemoTranslation {
  story: string;
  language: string;
  title: string;
  summary: string;
  text: string;
}

/** Fictional translations of demo stories (keys of demo-stories.ts), in French, Italian and German. */
export const DEMO_TRANSLATIONS: readonly DemoTranslation[] = [
  {
    story: 'roma-host-families-first-winter',
    language: 'it',
    title: 'Il mio primo inverno aveva un tavolo di cucina',
    summary: 'Un giovane fuggito dall’Eritrea ricorda i primi mesi con una famiglia ospitante a Roma.',
    text: 'Quando sono arrivato a Roma avevo un telefono, una giacca troppo leggera e una lista di indirizzi che non servivano a niente. La famiglia che mi ha ospitato mi ha dato una chiave la prima sera, e quella chiave valeva più di qualsiasi documento che portavo con me. Cucinavamo insieme ogni domenica; io facevo lo shiro, loro la pasta, e discutevamo su quale fosse più buono. Ora lavoro in un forno vicino a Termini e pago il mio affitto. La domenica ci torno ancora.',
  },
  {
    story: 'roma-host-families-first-winter',
    language: 'fr',
    title: 'Mon premier hiver avait une table de cuisine',
    summary: 'Un jeune homme qui a fui l’Érythrée se souvient de ses premiers mois dans une famille d’accueil à Rome.',
    text: 'Quand je suis arrivé à Rome, j’avais un téléphone, une veste trop fine et une liste d’adresses qui ne servaient à rien. La famille qui m’a accueilli m’a donné une clé dès le premier soir, et cette clé comptait plus que tous les papiers que je portais. Nous cuisinions ensemble chaque dimanche ; je faisais le shiro, eux les pâtes, et nous nous disputions pour savoir lequel était le meilleur. Aujourd’hui je travaille dans une boulangerie près de Termini et je paie mon loyer. J’y retourne encore le dimanche.',
  },
  {
    story: 'roma-host-families-first-winter',
    language: 'de',
    title: 'Mein erster Winter hatte einen Küchentisch',
    summary:
      'Ein junger Mann, der aus Eritrea geflohen ist, erinnert sich an seine ersten Monate bei einer Gastfamilie in Rom.',
    text: 'Als ich in Rom ankam, hatte ich ein Telefon, eine zu dünne Jacke und eine Liste von Adressen, die nicht halfen. Die Familie, die mich aufnahm, gab mir am ersten Abend einen Schlüssel, und dieser Schlüssel bedeutete mehr als jedes Dokument, das ich bei mir trug. Jeden Sonntag kochten wir zusammen; ich machte Shiro, sie machten Pasta, und wir stritten darüber, was besser war. Heute arbeite ich in einer Bäckerei in der Nähe von Termini und zahle meine Miete selbst. Sonntags gehe ich immer noch hin.',
  },
  {
    story: 'paris-home-share-colocataire',
    language: 'it',
    title: 'Il mio coinquilino ha cinquant’anni meno di me',
    summary: 'Una pensionata parigina racconta la convivenza con uno studente rifugiato.',
    text: 'Dalla morte di mio marito l’appartamento era troppo grande e troppo silenzioso. Mia figlia mi ha parlato del programma di coabitazione tra generazioni e ho detto di sì quasi per sfida. Il mio coinquilino studia informatica di giorno e la sera mi insegna a videochiamare i miei nipoti. Cucina meglio di me, cosa che non confesserò mai alle amiche del circolo. Non ho più paura di rientrare da sola la sera: qualcuno mi aspetta.',
  },
  {
    story: 'paris-home-share-colocataire',
    language: 'de',
    title: 'Mein Mitbewohner ist fünfzig Jahre jünger als ich',
    summary: 'Eine Pariser Rentnerin erzählt von ihrer Wohngemeinschaft mit einem geflüchteten Studenten.',
    text: 'Seit dem Tod meines Mannes war die Wohnung zu groß und zu still. Meine Tochter erzählte mir vom Programm für generationenübergreifendes Wohnen, und ich sagte fast aus Trotz ja. Mein Mitbewohner studiert tagsüber Informatik und bringt mir abends bei, meine Enkel per Video anzurufen. Er kocht besser als ich, was ich meinen Freundinnen im Club nie gestehen werde. Ich habe keine Angst mehr, abends allein nach Hause zu kommen: Jemand wartet auf mich.',
  },
];

/**
 * Demo storytellers at risk besides the minors (who always carry MINOR): their stories show them
 * as "Anonymous" and need a second reviewer. Chosen among stories whose consent never showed a name.
 */
export const DEMO_RISK_FLAGS: Readonly<Record<string, readonly StorytellerRiskFlag[]>> = {
  'malta-message-to-the-island': [StorytellerRiskFlag.ASYLUM_CLAIM_ONGOING],
  'nuernberg-job-mentor-nurse': [StorytellerRiskFlag.FAMILY_IN_COUNTRY_OF_ORIGIN],
};

/**
 * Adds the demo translations and risk flags to the demo stories. Idempotent and deterministic: ids
 * and dates are fixed, existing translations are left as they are, and stories not seeded (or
 * erased) are skipped.
 */
export async function seedDemoTranslations(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (tx) => {
    const ids = [...new Set(DEMO_TRANSLATIONS.map((t) => demoId('story', t.story)))];
    const present = new Set(
      ((await tx.query('SELECT id FROM story WHERE id = ANY($1::uuid[])', [ids])) as { id: string }[]).map((r) => r.id),
    );
    const rows = DEMO_TRANSLATIONS.filter((t) => present.has(demoId('story', t.story))).map((t) => ({
      id: demoId('story-translation', `${t.story}:${t.language}`),
      storyId: demoId('story', t.story),
      language: t.language,
      title: t.title,
      summary: t.summary,
      text: t.text,
      createdAt: TRANSLATED_AT,
      updatedAt: TRANSLATED_AT,
      version: 1,
    }));
    if (rows.length > 0)
      await tx.createQueryBuilder().insert().into(StoryTranslation).values(rows).orIgnore().execute();
    // Minors always carry MINOR; the others at risk carry theirs.
    await tx.query(`UPDATE story SET risk_flags = array_append(risk_flags, 'MINOR')
      WHERE is_minor AND NOT ('MINOR' = ANY (risk_flags))`);
    for (const [key, flags] of Object.entries(DEMO_RISK_FLAGS)) {
      await tx.query(`UPDATE story SET risk_flags = $2::text[] WHERE id = $1 AND risk_flags = '{}'`, [
        demoId('story', key),
        flags,
      ]);
    }
  });
}
