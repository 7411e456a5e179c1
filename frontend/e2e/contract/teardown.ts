import { existsSync, readFileSync } from 'node:fs';
import { contractLog } from '../../playwright.shared';

/** Fails the run when the contract proxy saw an answer that openapi.yaml does not describe, and prints them all. */
export default function failOnContractMismatches(): void {
  if (!existsSync(contractLog)) {
    throw new Error(`The contract proxy left no log at ${contractLog}: it did not run, so no answer was checked.`);
  }
  const lines = readFileSync(contractLog, 'utf8').split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 0) {
    const report = lines.map((line) => {
      const entry = JSON.parse(line) as { request: string; status: number; mismatches: string[]; body: string };
      return `${entry.request} -> ${entry.status}\n    ${entry.mismatches.join('\n    ')}\n    body: ${entry.body}`;
    });
    throw new Error(`${lines.length} answers of the backend break openapi.yaml:\n${report.join('\n')}`);
  }
}
