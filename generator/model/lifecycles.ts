/**
 * The lifecycles a category's events describe, as state machines: which events are about one
 * entity (a job, a worker, a call) is read from their subject patterns (those under the
 * lifecycle's prefix); each event names the state the entity is in after it (`RouterJobQueued` →
 * `Queued`: the event's name without the prefix all the lifecycle's events share); the order the
 * service publishes them in, which no sample shows, comes from the catalog's `follows` and `ends`
 * (categories.yaml). Events under the prefix that `follows` does not list change no state.
 */
import type { Category, EventType, RawLifecycle } from './catalog-model.ts';

export interface LifecycleState {
  /** The state's name, also its Mermaid id: `Queued`, `OfferIssued`. */
  name: string;
  /** The event after which the entity is in this state. */
  event: EventType;
}

export interface LifecycleMachine {
  entity: string;
  prefix: string;
  states: LifecycleState[];
  /** `from` null: the lifecycle starts with `to`; `to` null: the entity is gone after `from`. */
  transitions: { from: string | null; to: string | null }[];
  /** Events about the entity that change no state (published while it is in some state). */
  unchanged: EventType[];
}

export function lifecycleMachines(category: Category): LifecycleMachine[] {
  return category.lifecycles.map((lifecycle, index) => machine(category, lifecycle, index));
}

function machine(category: Category, lifecycle: RawLifecycle, index: number): LifecycleMachine {
  const at = `catalog/categories.yaml: categories[${category.id}].lifecycles[${index}]`;
  const members = category.events.filter((event) =>
    event.subjects.some((subject) => subject.prefix === lifecycle.prefix),
  );
  if (members.length === 0)
    throw new Error(`${at}.prefix: no ${category.id} event has a subject under ${lifecycle.prefix}`);
  const common = commonWordPrefix(members.map((event) => event.names.short));
  const member = (name: string, path: string): EventType => {
    const event = members.find((candidate) => candidate.names.short === name);
    if (!event)
      throw new Error(
        `${at}.${path}: expected one of the events under ${lifecycle.prefix} (${members.map((m) => m.names.short).join(', ')}), found ${name}`,
      );
    return event;
  };
  const stateOf = (event: EventType) => event.names.short.slice(common.length);

  const listed = Object.keys(lifecycle.follows).map((name) => member(name, `follows.${name}`));
  const states = listed.map((event) => ({ name: stateOf(event), event }));
  const transitions: LifecycleMachine['transitions'] = [];
  for (const [name, previous] of Object.entries(lifecycle.follows)) {
    const to = stateOf(member(name, `follows.${name}`));
    if (previous.length === 0) transitions.push({ from: null, to });
    for (const before of previous) {
      const from = member(before, `follows.${name}`);
      if (!listed.includes(from))
        throw new Error(`${at}.follows.${name}: ${before} is not itself listed under follows`);
      transitions.push({ from: stateOf(from), to });
    }
  }
  for (const name of lifecycle.ends) {
    const event = member(name, 'ends');
    if (!listed.includes(event)) throw new Error(`${at}.ends: ${name} is not listed under follows`);
    transitions.push({ from: stateOf(event), to: null });
  }
  return {
    entity: lifecycle.entity,
    prefix: lifecycle.prefix,
    states,
    transitions,
    unchanged: members.filter((event) => !listed.includes(event)),
  };
}

/** The longest run of whole words (`RouterJob`) every name starts with, never a whole name. */
function commonWordPrefix(names: readonly string[]): string {
  const words = (name: string) => name.match(/[A-Z][a-z0-9]*/g) ?? [name];
  const first = words(names[0] ?? '');
  let length = 0;
  while (
    length < first.length - 1 &&
    names.every((name) => {
      const own = words(name);
      return own.length > length + 1 && own[length] === first[length];
    })
  )
    length++;
  return first.slice(0, length).join('');
}
