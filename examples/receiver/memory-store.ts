import type { EventStore, ReceivedEvent } from './receiver.ts';

/** The example's store: events in memory, each printed as it arrives. */
export class MemoryStore implements EventStore {
  readonly events: ReceivedEvent[] = [];
  constructor(private readonly log: (line: string) => void = () => undefined) {}

  async save(event: ReceivedEvent): Promise<void> {
    this.events.push(event);
    this.log(`${event.schema} ${event.type} ${event.id}${event.text ? `: ${event.text}` : ''}`);
  }
}
