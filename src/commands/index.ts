// Every command of the CLI, in the order `minutes --help` lists them.
import type { Command } from './types.js';
import { checkCommand } from './check.js';
import { buildCommand } from './build.js';
import { devCommand } from './dev.js';
import { newCommand } from './new.js';
import { importCommand } from './import.js';

export const COMMANDS: readonly Command[] = [checkCommand, buildCommand, devCommand, newCommand, importCommand];
