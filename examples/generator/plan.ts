import type { PlanItemBody } from '../../shared/schema/plan-item.ts';
import type { RecordId } from '../../shared/schema/ids.ts';
import type { TraceLinkDraft } from '../../shared/plan/trace-link-check.ts';
import { at } from './region.ts';
import type { Replica } from './replica.ts';
import type { StoryEvent } from './story.ts';

export interface PlanCast {
  /** The partner that coordinates the regioplan and writes it. */
  readonly coordinator: Replica;
  readonly huisartsen: Replica;
  readonly welzijn: Replica;
  readonly ggz: Replica;
}

/**
 * After the survey, the gemeente as coordinator drafts the regioplan on the picture its own
 * installation holds: one ambition resting on its survey answer, two goals on the top two issues,
 * three actions, an initiative, and one goal nobody traced to evidence. Its copy of the GGZ issue
 * is the one of September, so once merged with the October rewrite that link turns suspect; the
 * third top issue (eenzaamheid) gets no goal. Every link goes through the core's checks.
 */
export function planEvents({ coordinator, huisartsen, welzijn, ggz }: PlanCast, ref: (name: string) => RecordId): StoryEvent[] {
  const plan = new Map<string, RecordId>();
  const planId = (name: string): RecordId => {
    const id = plan.get(name);
    if (id === undefined) throw new Error(`the plan uses "${name}" before it exists`);
    return id;
  };
  // Bodies and targets are read when the event runs: the story's refs exist only by then.
  const item = (name: string, when: string, body: () => PlanItemBody): StoryEvent => ({
    at: at(when),
    run: () => plan.set(name, coordinator.create('planItem', body(), at(when))),
  });
  const link = (when: string, from: string, to: () => Omit<TraceLinkDraft, 'fromId'>): StoryEvent => ({
    at: at(when),
    run: () => coordinator.link({ fromId: planId(from), ...to() }, at(when)),
  });
  const serves = (when: string, child: string, parent: string, rationale: string): StoryEvent => ({
    at: at(when),
    run: () => coordinator.link({ fromId: planId(child), toType: 'planItem', toId: planId(parent), rationale }, at(when)),
  });

  return [
    item('ambitie', '10-21 09:30', () => ({
      level: 'ambition',
      title: 'Zorg en steun dichtbij voor iedere inwoner van De Peel',
      description: 'Inwoners vinden een huisarts, hulp bij psychische klachten en steun in hun eigen dorp of wijk, ook als het personeelstekort groeit.',
      status: 'lopend',
      ownerPartnerIds: [coordinator.origin],
      period: '2027–2030',
    })),
    link('10-21 09:35', 'ambitie', () => ({
      toType: 'surveyFinding',
      toId: ref('antwoord-gemeente-helmond'),
      toQuestion: 'top-knelpunten',
      rationale: 'In de rangschikking van de knelpunten staan zorg dichtbij en de gezondheid van kwetsbare inwoners bovenaan.',
    })),
    item('doel-huisarts', '10-21 10:00', () => ({
      level: 'goal',
      title: 'Elke inwoner heeft een vaste huisarts',
      description: 'Geen inwoner langer dan drie maanden zonder huisarts, ook nieuwe inwoners en statushouders niet.',
      status: 'gepland',
      ownerPartnerIds: [huisartsen.origin, coordinator.origin],
      period: '2027–2028',
      indicator: { measure: 'Praktijkhoudende huisartsen van 55 jaar of ouder (%)', baselineObservationId: ref('huisartsen-55-plus') },
    })),
    serves('10-21 10:02', 'doel-huisarts', 'ambitie', 'Zonder huisarts geen zorg dichtbij.'),
    link('10-21 10:05', 'doel-huisarts', () => ({
      toType: 'issue',
      toId: ref('huisartsentekort'),
      rationale: 'Plaats 1 in de rangschikking van alle partners.',
    })),
    link('10-21 10:07', 'doel-huisarts', () => ({
      toType: 'observation',
      toId: ref('huisartsbelasting-gemert-bakel'),
      rationale: 'De praktijken in Gemert-Bakel zitten ruim boven de normpraktijk.',
    })),
    item('doel-ggz', '10-21 10:30', () => ({
      level: 'goal',
      title: 'Jongeren met psychische klachten krijgen binnen acht weken hulp',
      description: 'Eén wachtlijstaanpak van GGZ, huisartsen en jeugdteams, met steun tijdens het wachten.',
      status: 'gepland',
      ownerPartnerIds: [ggz.origin],
      period: '2027',
    })),
    serves('10-21 10:32', 'doel-ggz', 'ambitie', 'Hulp bij psychische klachten hoort bij zorg dichtbij.'),
    link('10-21 10:35', 'doel-ggz', () => ({ toType: 'issue', toId: ref('ggz-jongeren'), rationale: 'Plaats 2 in de rangschikking; de wachttijd loopt op.' })),
    item('actie-praktijkpool', '10-21 11:00', () => ({
      level: 'action',
      title: 'Regionale praktijkpool voor waarneming en opvolging',
      description: 'Huisartsen in opleiding en waarnemers werken via één pool in de praktijken die het zwaarst belast zijn.',
      status: 'gepland',
      ownerPartnerIds: [huisartsen.origin],
      period: '2027',
    })),
    serves('10-21 11:02', 'actie-praktijkpool', 'doel-huisarts', 'Opvolging is het grootste gat.'),
    link('10-21 11:05', 'actie-praktijkpool', () => ({
      toType: 'observation',
      toId: ref('praktijk-helmond-west-stopt'),
      rationale: 'Een stoppende praktijk zonder opvolger laat 2.300 patiënten zonder huisarts.',
    })),
    item('actie-wmo-loket', '10-21 11:30', () => ({
      level: 'action',
      title: 'Het Wmo-loket helpt inwoners zonder huisarts bij het inschrijven',
      description: 'Een vaste route van het loket naar de praktijken die nog ruimte hebben.',
      status: 'idee',
      ownerPartnerIds: [],
    })),
    serves('10-21 11:32', 'actie-wmo-loket', 'doel-huisarts', 'Het loket ziet deze inwoners als eerste.'),
    link('10-21 11:35', 'actie-wmo-loket', () => ({
      toType: 'observation',
      toId: ref('wmo-loket-zonder-huisarts'),
      rationale: 'Eigen waarneming van het loket.',
    })),
    item('actie-overbrugging', '10-21 12:00', () => ({
      level: 'action',
      title: 'Jongerenwerk biedt steun tijdens de wachttijd',
      description: 'Jongeren op de wachtlijst krijgen een vast contact bij het jongerenwerk tot hun behandeling begint.',
      status: 'gepland',
      ownerPartnerIds: [welzijn.origin],
      period: '2027',
    })),
    serves('10-21 12:02', 'actie-overbrugging', 'doel-ggz', 'Steun tijdens het wachten voorkomt dat klachten verergeren.'),
    item('initiatief-praktijkhuis', '10-21 13:00', () => ({
      level: 'initiative',
      title: 'Praktijkhuis Helmond-Noord: ruimte voor startende huisartsen',
      description: 'De gemeente verhuurt praktijkruimte tegen kostprijs aan huisartsen die zich in Helmond-Noord vestigen.',
      status: 'lopend',
      ownerPartnerIds: [coordinator.origin],
      period: '2026–2027',
    })),
    serves('10-21 13:02', 'initiatief-praktijkhuis', 'doel-huisarts', 'Meer praktijkruimte waar de wachtlijsten het langst zijn.'),
    item('doel-zorgapp', '10-21 14:00', () => ({
      level: 'goal',
      title: 'Eén regionale zorgapp voor alle inwoners',
      description: 'Afspraken, e-consult en de sociale kaart in één app.',
      status: 'idee',
      ownerPartnerIds: [],
    })),
  ];
}
