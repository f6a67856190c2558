/**
 * Everything the run started (the cluster, app processes, nginx), stopped newest first at the end
 * or on Ctrl+C, so a failed check never leaves a server running.
 */
class CleanupRegistry {
  private readonly steps: { name: string; stop: () => Promise<void> | void }[] = [];
  private running = false;

  add(name: string, stop: () => Promise<void> | void): () => Promise<void> {
    const step = { name, stop };
    this.steps.push(step);
    return async () => {
      const index = this.steps.indexOf(step);
      if (index >= 0) this.steps.splice(index, 1);
      await stop();
    };
  }

  async runAll(): Promise<void> {
    if (this.running) return;
    this.running = true;
    for (const step of this.steps.reverse()) {
      try {
        await step.stop();
      } catch (error) {
        console.error(`Could not stop ${step.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.steps.length = 0;
  }
}

export const cleanupRegistry = new CleanupRegistry();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void cleanupRegistry.runAll().then(() => process.exit(130));
  });
}
