/**
 * The programme register: each commissioner's kind, strategic health authority, cluster and
 * localities, and its decision on each service line (from the register fields of its
 * commissioner.yaml), checked against the rules of the 2011-2013 roll-out.
 *
 * <p>In: a {@link uk.nhs.aqp.core.register.Register} of the schema-valid commissioners, with where
 * each was written and the local packs found in its folder. Out: diagnostics; and, from the
 * commissioners and those diagnostics, each SHA's return ({@link uk.nhs.aqp.core.register.ShaReturns}:
 * the choices, dates and alternative services of the commissioners under it, and the rules each
 * breaks, worded for a reader), which the site and the bundle show. Owns the rule
 * ids {@code register.*}; each rule is one class listed in {@link uk.nhs.aqp.core.register.RegisterRules}.
 * The rules that are programme expectations rather than facts about the files are warnings. Must
 * not depend on loaders, the schema validator, rendering or Maven.
 */
package uk.nhs.aqp.core.register;
