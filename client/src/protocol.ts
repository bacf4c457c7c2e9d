// The custom requests and notifications the server answers, as the client calls them.
import type { GroupNode, EventNode, EventsParams } from '../../server/src/features/eventsTree.js';
import type { IndexCounts } from '../../server/src/lsp/liveIndex.js';
import type { IndexState } from '../../server/src/lsp/indexState.js';

export type { GroupNode, EventNode, EventsParams, IndexCounts, IndexState };

export interface EntitySummary {
  id: string;
  name: string;
  kind: 'person' | 'initiative' | 'organization';
  mentions?: number;
}

export interface WireLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export const Requests = {
  events: 'dossier/events',
  entities: 'dossier/entities',
  entityAt: 'dossier/entityAt',
  mentions: 'dossier/mentions',
  card: 'dossier/card',
  rebuild: 'dossier/rebuild',
  status: 'dossier/status',
  state: 'dossier/state',
} as const;

export const IndexChanged = 'dossier/indexChanged';
