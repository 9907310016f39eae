import { perform, type HeavyTask } from './heavy-work';

/** Entry point of each worker thread of the pool (piscina calls the default export with a task). */
export default function run(task: HeavyTask) {
  return perform(task);
}
