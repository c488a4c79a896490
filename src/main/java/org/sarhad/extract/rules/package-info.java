/**
 * The extractor's rules: sentence splitting, dictionary and pattern names, date resolution, incident trigger frames
 * and their merging into one incident per real-world event, death tolls, seized items, and claims from reported
 * speech with coreference. Each rule is small and named; the name travels into {@code Incident.rule}/{@code Claim.rule}.
 */
package org.sarhad.extract.rules;
