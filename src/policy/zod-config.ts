// zod for every schema pin-audit reads with (the policy, the action's inputs, drift reports and state), through
// zod/mini, its functional API: classic zod's chained methods (`z.string().optional()`) each bind a function to
// the schema and define it on the instance when first called, and building the policy's schema that way took about
// half of the CLI's engine's top level (9 of ~20 ms, profiled; bench/results.md, round 12). Every module that
// builds a schema imports this one first. z.config is global:
// - English messages: zod/mini sets no locale of its own, where classic zod set English.
// - jitless: zod compiles each object schema with `new Function` on its first parse, which pays off only over many
//   parses; pin-audit parses one policy per run, and a few reports.
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

z.config({ ...en(), jitless: true });
