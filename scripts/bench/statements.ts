/** `npm run bench:statements`: the statements bench alone (verifyStatements.ts). */
import { runStatementsBench } from './verifyStatements'

runStatementsBench()
