import type { Bundle } from '../../shared/bundle/format.ts';
import type { RecordId } from '../../shared/schema/ids.ts';
import { gemeenteHelmond } from './partners/gemeente-helmond.ts';
import { ggz } from './partners/ggz-de-peel.ts';
import { huisartsen } from './partners/huisartsen-de-peel.ts';
import { welzijn } from './partners/welzijn-peelland.ts';
import { zorgkantoor } from './partners/zorgkantoor-zuidoost-brabant.ts';
import { planEvents } from './plan.ts';
import { at, THEME } from './region.ts';
import { createReplica, type Replica } from './replica.ts';
import type { PartnerScript } from './script.ts';
import { seededBytes } from './seeded-random.ts';
import { type SurveyAnswerDraft, surveyResponseBody } from './survey-answers.ts';

/** Changing the seed changes every id in the examples; keep it. */
const SEED = 20_260_901;

export interface ExampleFile {
  readonly fileName: string;
  readonly bundle: Bundle;
}

export interface StoryEvent {
  readonly at: string;
  readonly run: () => void;
}

/**
 * Autumn 2026 in Helmond-De Peel, as five installations live it: each partner clips and notes on
 * its own, some pass an early export to another, two edit the same issue without knowing of each
 * other (once at the very same clock time), and one deletes a clip the others still hold. The
 * result is each partner's last export, so merging them meets every case the merge laws cover.
 */
export function exampleFiles(): ExampleFile[] {
  const randomBytes = seededBytes(SEED);
  const scripts = [huisartsen, gemeenteHelmond, zorgkantoor, ggz, welzijn];
  const replicas = new Map<PartnerScript, Replica>(scripts.map((script) => [script, createReplica(script.profile, randomBytes)]));
  const replica = (script: PartnerScript): Replica => replicas.get(script) as Replica;

  const refs = new Map<string, RecordId>();
  const ref = (name: string): RecordId => {
    const id = refs.get(name);
    if (id === undefined) throw new Error(`the story uses "${name}" before it exists`);
    return id;
  };

  const events: StoryEvent[] = scripts.flatMap((script) => clipsOf(script, replica(script), refs, ref));
  const finals: ExampleFile[] = [];
  const exportFinal = (script: PartnerScript, when: string): StoryEvent => ({
    at: when,
    run: () => finals.push({ fileName: `${script.profile.slug}.json`, bundle: replica(script).exportBundle(when) }),
  });

  events.push(
    ...handOver(replica(ggz), replica(welzijn), at('09-14 16:00'), at('09-15 09:30')),
    ...handOver(replica(huisartsen), replica(gemeenteHelmond), at('09-15 08:00'), at('09-16 14:00')),
    ...handOver(replica(welzijn), replica(gemeenteHelmond), at('09-16 11:00'), at('09-17 09:00')),
    {
      at: at('09-18 10:20'),
      run: () =>
        replica(huisartsen).editIssue(
          ref('huisartsentekort'),
          {
            description:
              'Steeds meer praktijken nemen geen nieuwe patiënten aan, sinds kort ook in Deurne. Een derde van de huisartsen is 55 jaar of ouder en opvolging lukt vooral buiten Helmond niet. Voorstel: een regionale praktijkpool en vaste afspraken over de patiënten van stoppende praktijken.',
          },
          at('09-18 10:20'),
        ),
    },
    {
      // The gemeente edits the copy it received on 16 September, not knowing of the edit above.
      at: at('09-22 11:05'),
      run: () =>
        replica(gemeenteHelmond).editIssue(
          ref('huisartsentekort'),
          {
            title: 'Huisartsentekort: inwoners zonder huisarts',
            description:
              'Steeds meer praktijken nemen geen nieuwe patiënten aan en een derde van de huisartsen is 55 jaar of ouder. Het raakt vooral nieuwe inwoners en statushouders in Helmond-Noord en Helmond-West: zonder huisarts komen zij bij het Wmo-loket en de spoedeisende hulp terecht.',
            themes: [THEME.zorgaanbod, THEME.omgeving],
          },
          at('09-22 11:05'),
        ),
    },
    // Two computers, one moment: the clock times tie and the installation id decides the winner.
    {
      at: at('10-05 14:00'),
      run: () =>
        replica(ggz).editIssue(
          ref('ggz-jongeren'),
          {
            description:
              'Jongeren wachten gemiddeld 21 weken op behandeling. In die tijd verergeren klachten en lopen school en werk vast. Voorstel: één wachtlijstaanpak met huisartsen en jeugdteams.',
          },
          at('10-05 14:00'),
        ),
    },
    {
      at: at('10-05 14:00'),
      run: () =>
        replica(welzijn).editIssue(
          ref('ggz-jongeren'),
          {
            description:
              'Jongeren wachten maanden op behandeling en krijgen in die tijd weinig steun. Jongerenwerk en welzijn kunnen tijdens het wachten helpen, maar worden nog niet betrokken.',
            themes: [THEME.gezondheid, THEME.zorgaanbod, THEME.omgeving],
          },
          at('10-05 14:00'),
        ),
    },
    // Welzijn removes its double clip; the gemeente still holds the live copy it got on 17 September.
    { at: at('10-12 09:40'), run: () => replica(welzijn).remove(ref('dubbele-clip'), at('10-12 09:40')) },
    // The zorgkantoor gets the gemeente's picture before the survey, so it can rank others' issues too.
    ...handOver(replica(gemeenteHelmond), replica(zorgkantoor), at('10-13 09:00'), at('10-13 15:00')),
    // Everyone answers "Knelpunten en prioriteiten", ranking the issues its own installation holds.
    ...answer(
      replica(huisartsen),
      { at: at('10-14 10:00'), rol: 'professional', urgency: [5, 4, 3, 5, 3], topRefs: ['huisartsentekort', 'acute-zorg'] },
      ref,
      refs,
    ),
    ...answer(
      replica(gemeenteHelmond),
      {
        at: at('10-14 14:30'),
        rol: 'beleid',
        urgency: [4, 4, 3, 3, 5],
        topRefs: ['gezondheidsverschillen', 'huisartsentekort', 'bestaanszekerheid', 'eenzaamheid', 'ggz-jongeren'],
      },
      ref,
      refs,
    ),
    ...answer(
      replica(zorgkantoor),
      {
        at: at('10-15 11:15'),
        rol: 'beleid',
        urgency: [5, 5, 3, 4, 2],
        topRefs: ['huisartsentekort', 'wijkverpleging', 'vergrijzing', 'acute-zorg', 'ggz-jongeren'],
      },
      ref,
      refs,
    ),
    ...answer(replica(ggz), { at: at('10-16 09:45'), rol: 'bestuur', urgency: [4, 3, 5, 4, 3], topRefs: ['ggz-jongeren', 'crisis'] }, ref, refs),
    ...answer(
      replica(welzijn),
      { at: at('10-16 16:20'), rol: 'professional', urgency: [3, 4, 5, 2, 4], topRefs: ['eenzaamheid', 'ggz-jongeren', 'mantelzorg', 'crisis'] },
      ref,
      refs,
    ),
    // The gemeente, as coordinator, drafts the regioplan on what its installation holds.
    ...planEvents({ coordinator: replica(gemeenteHelmond), huisartsen: replica(huisartsen), welzijn: replica(welzijn), ggz: replica(ggz) }, ref),
    exportFinal(zorgkantoor, at('10-20 16:00')),
    exportFinal(ggz, at('10-23 12:00')),
    exportFinal(huisartsen, at('10-26 17:00')),
    exportFinal(gemeenteHelmond, at('10-27 10:00')),
    exportFinal(welzijn, at('10-28 15:30')),
  );

  // A stable sort keeps the written order for events at the same moment.
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).forEach((event) => event.run());
  return finals.sort((a, b) => (a.fileName < b.fileName ? -1 : 1));
}

function clipsOf(script: PartnerScript, replica: Replica, refs: Map<string, RecordId>, ref: (name: string) => RecordId): StoryEvent[] {
  const issues = script.issues.map((issue) => ({
    at: issue.at,
    run: () => refs.set(issue.ref, replica.create('issue', issue.body, issue.at)),
  }));
  const observations = script.observations.map((draft) => ({
    at: draft.at,
    run: () => {
      const issueIds = draft.issueRefs.map((name) => {
        const id = ref(name);
        if (!replica.holdsLive(id)) throw new Error(`${script.profile.slug} links to "${name}" before it has received it`);
        return id;
      });
      const body = { ...draft.body, source: { ...draft.body.source, accessedAt: draft.at }, issueIds };
      const id = replica.create('observation', body, draft.at);
      if (draft.ref !== undefined) refs.set(draft.ref, id);
    },
  }));
  return [...issues, ...observations];
}

function answer(to: Replica, draft: SurveyAnswerDraft, ref: (name: string) => RecordId, refs: Map<string, RecordId>): StoryEvent[] {
  return [
    {
      at: draft.at,
      run: () => {
        const issueIds = draft.topRefs.map((name) => {
          const id = ref(name);
          if (!to.holdsLive(id)) throw new Error(`${to.profile.slug} ranks "${name}" before it has received it`);
          return id;
        });
        refs.set(`antwoord-${to.profile.slug}`, to.create('surveyResponse', surveyResponseBody(draft, issueIds), draft.at));
      },
    },
  ];
}

/** One partner exports, another imports that file later: the way bundles travel by mail or share. */
function handOver(from: Replica, to: Replica, exportedAt: string, importedAt: string): StoryEvent[] {
  let bundle: Bundle | undefined;
  return [
    { at: exportedAt, run: () => void (bundle = from.exportBundle(exportedAt)) },
    {
      at: importedAt,
      run: () => {
        if (bundle === undefined) throw new Error(`${to.profile.slug} imports before ${from.profile.slug} exported`);
        to.importBundle(bundle, importedAt);
      },
    },
  ];
}
