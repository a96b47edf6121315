/**
 * A category page's lifecycle sections: each state machine of generator/model/lifecycles.ts as a
 * Mermaid state diagram (VitePress renders it through vitepress-plugin-mermaid, GitHub natively),
 * and the events about the entity that change no state.
 */
import type { Category } from '../../../model/catalog-model.ts';
import { lifecycleMachines, type LifecycleMachine } from '../../../model/lifecycles.ts';
import { code, fence, join, markup, text, type Markdown } from '../../../syntax/markdown-inline.ts';
import { eventLink } from './event-view.ts';

export interface LifecycleView {
  headingMd: Markdown;
  introMd: Markdown;
  diagramMd: Markdown;
  unchangedMd: Markdown | null;
}

export function lifecycleViews(category: Category, page: string): LifecycleView[] {
  return lifecycleMachines(category).map((machine) => ({
    headingMd: markup`Lifecycle of a ${text(machine.entity)}`,
    introMd: markup`The events about one ${text(machine.entity)} (subjects under ${code(machine.prefix)}) in the order the service publishes them: each state is named after the event that enters it (${join(
      machine.states
        .slice(0, 2)
        .map((state) => markup`${code(state.name)} after ${eventLink(state.event, page)}`),
      ', ',
    )} …).`,
    diagramMd: fence(mermaid(machine), 'mermaid'),
    unchangedMd:
      machine.unchanged.length === 0
        ? null
        : markup`Not in the diagram, since they change no state: ${join(
            machine.unchanged.map((event) => eventLink(event, page)),
            ', ',
          )}.`,
  }));
}

export function mermaid(machine: LifecycleMachine): string {
  const lines = ['stateDiagram-v2'];
  for (const { from, to } of machine.transitions) lines.push(`  ${from ?? '[*]'} --> ${to ?? '[*]'}`);
  return `${lines.join('\n')}\n`;
}
