/**
 * The extract stage: rule-based extractors that find agreements, organizations, people, years and
 * quantities in a {@link tiku.model.Document}, each fact citing the clause and sentence it came from.
 */
package tiku.extract;
