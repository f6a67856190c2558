import { constants } from 'node:fs';
import { access, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A file a command was asked to write but cannot; the message says why, for the operator. */
export class OutputFileError extends Error {}

/** Checked before any work, so a typing mistake in --out does not leave an export behind. */
export async function assertWritable(target: string): Promise<void> {
  const directory = path.dirname(path.resolve(target));
  const folder = await stat(directory).catch(() => null);
  if (!folder?.isDirectory()) throw new OutputFileError(`Cannot write ${target}: the folder ${directory} does not exist.`);
  await access(directory, constants.W_OK).catch(() => {
    throw new OutputFileError(`Cannot write ${target}: the folder ${directory} is not writable.`);
  });
  const existing = await stat(path.resolve(target)).catch(() => null);
  if (existing?.isDirectory()) throw new OutputFileError(`Cannot write ${target}: it is a folder. Give a file name.`);
}

/** Writes beside the target and renames, so an interrupted run never leaves half a file there. */
export async function writeWhole(target: string, content: Uint8Array): Promise<void> {
  const directory = path.dirname(path.resolve(target));
  let scratch: string;
  try {
    scratch = await mkdtemp(path.join(directory, '.fairboard-output-'));
  } catch (error) {
    throw new OutputFileError(`Cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const partial = path.join(scratch, path.basename(target));
    await writeFile(partial, content);
    await rename(partial, path.resolve(target));
  } catch (error) {
    throw new OutputFileError(`Cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
