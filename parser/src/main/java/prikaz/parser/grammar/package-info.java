/**
 * Small grammars that the header, basis, plan and party readers share, one class per concept:
 * Russian dates ({@link prikaz.parser.grammar.RussianDates}), act numbers
 * ({@link prikaz.parser.grammar.ActNumbers}), act kinds ({@link prikaz.parser.grammar.ActKinds}),
 * person names ({@link prikaz.parser.grammar.PersonNames}), positions
 * ({@link prikaz.parser.grammar.Positions}) and item numbers
 * ({@link prikaz.parser.grammar.ItemNumbers}). Each has a table test of its own. Not API.
 */
package prikaz.parser.grammar;
