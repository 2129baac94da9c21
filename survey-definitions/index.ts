import type { DefinitionSource } from '../shared/survey/load-definitions.ts';
import knelpuntenEnPrioriteiten1 from './knelpunten-en-prioriteiten.v1.json' with { type: 'json' };
import knelpuntenEnPrioriteiten2 from './knelpunten-en-prioriteiten.v2.json' with { type: 'json' };
import perspectiefVanDeAnder1 from './perspectief-van-de-ander.v1.json' with { type: 'json' };
import perspectiefVanDeAnder2 from './perspectief-van-de-ander.v2.json' with { type: 'json' };
import samenwerkingEnGedeeldeUrgentie1 from './samenwerking-en-gedeelde-urgentie.v1.json' with { type: 'json' };
import samenwerkingEnGedeeldeUrgentie2 from './samenwerking-en-gedeelde-urgentie.v2.json' with { type: 'json' };

/**
 * Every definition file, for `loadDefinitions`. Static imports, so Vite bundles them into the
 * extension and Node reads them in the CLI and tests alike. A changed survey is a new file with a
 * new version beside the old one: answers given to the old version must stay readable.
 */
export const DEFINITION_SOURCES: readonly DefinitionSource[] = [
  { fileName: 'knelpunten-en-prioriteiten.v1.json', content: knelpuntenEnPrioriteiten1 },
  { fileName: 'knelpunten-en-prioriteiten.v2.json', content: knelpuntenEnPrioriteiten2 },
  { fileName: 'perspectief-van-de-ander.v1.json', content: perspectiefVanDeAnder1 },
  { fileName: 'perspectief-van-de-ander.v2.json', content: perspectiefVanDeAnder2 },
  { fileName: 'samenwerking-en-gedeelde-urgentie.v1.json', content: samenwerkingEnGedeeldeUrgentie1 },
  { fileName: 'samenwerking-en-gedeelde-urgentie.v2.json', content: samenwerkingEnGedeeldeUrgentie2 },
];
