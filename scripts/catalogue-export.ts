// Prints the objective catalogue as JSON, for checking it against the guide
// and for loading into other tools.
import { CATALOGUE } from '../lib/catalogue/objectives';

const rows = CATALOGUE.map(({ ref, roleArea, domain, maturity, priority, summary }) => ({
  ref,
  roleArea,
  domain,
  maturity,
  priority,
  summary,
}));

process.stdout.write(`${JSON.stringify(rows)}\n`);
