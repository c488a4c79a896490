package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sarhad.article.Article;

/** Incident frames, merging and typing on synthetic reports. */
class IncidentsTest {
    private static final Dictionary DICT = Dictionary.of(List.of(
            new DictionaryEntry("urn:x:rur", EntityKind.PLACE, "Country", "Ruritania", List.of("Ruritanian"), "RU", null),
            new DictionaryEntry("urn:x:north", EntityKind.PLACE, "AdministrativeRegion", "Nordland", List.of(), "RU",
                    "urn:x:rur"),
            new DictionaryEntry("urn:x:pine", EntityKind.PLACE, "District", "Pinewood", List.of(), "RU", "urn:x:north"),
            new DictionaryEntry("urn:x:bor", EntityKind.PLACE, "Country", "Borduria", List.of("Bordurian"), "BD", null),
            new DictionaryEntry("urn:x:syl", EntityKind.PLACE, "Country", "Syldavia", List.of("Syldavian"), "SY", null),
            new DictionaryEntry("urn:x:oak", EntityKind.PLACE, "District", "Oakvale", List.of(), "BD", "urn:x:bor"),
            new DictionaryEntry("urn:x:velna", EntityKind.PLACE, "City", "Velna", List.of(), "RU", "urn:x:north"),
            new DictionaryEntry("urn:x:front", EntityKind.ACTOR, "ArmedGroup", "Valley Front", List.of(), null, null),
            new DictionaryEntry("urn:x:legion", EntityKind.ACTOR, "ArmedGroup", "Hill Legion", List.of(), null, null)));

    /** The same world with its states as actors, as the reference data has them beside the countries. */
    private static final Dictionary WITH_STATES = Dictionary.of(java.util.stream.Stream.concat(DICT.entries().stream(),
            java.util.stream.Stream.of(
                    new DictionaryEntry("urn:x:rur-state", EntityKind.ACTOR, "State", "Ruritania (state)",
                            List.of("Ruritania"), "RU", null),
                    new DictionaryEntry("urn:x:bor-state", EntityKind.ACTOR, "State", "Borduria (state)",
                            List.of("Borduria"), "BD", null))).toList());

    private static List<Incident> incidents(String text) {
        return incidents(DICT, text);
    }

    private static List<Incident> incidents(Dictionary dictionary, String text) {
        Article a = new Article("t1", null, null, LocalDate.of(2024, 6, 12), null, text, "test");
        return Extractor.create(dictionary).extract(a).incidents();
    }

    @Test
    void coReferringSentencesMakeOneIncident() {
        List<Incident> is = incidents("Border guards killed two gunmen in Pinewood district on Monday. "
                + "The gunmen opened fire when ordered to stop. Both were killed in the exchange of fire.");
        assertEquals(1, is.size());
        Incident i = is.get(0);
        assertEquals("armed-clash", i.type());
        assertEquals("2024-06-10", i.date().value());
        assertEquals("Pinewood district", i.place().admin2());
        assertEquals("RU", i.place().countryCode());
        assertEquals(2, i.fatalities());
    }

    @Test
    void crossingWithItsOwnDateIsSeparateAndDetentionsAreArrests() {
        List<Incident> is = incidents("Militants crossed the border into Ruritania on June 2. "
                + "On June 5 they attacked a post in Nordland, and three of them were detained.");
        assertEquals(List.of("border-crossing", "attack", "arrest"), is.stream().map(Incident::type).toList());
        assertEquals("2024-06-02", is.get(0).date().value());
        assertEquals("2024-06-05", is.get(1).date().value());
    }

    @Test
    void counterTerrorismFramingAndBackgroundEvents() {
        List<Incident> is = incidents("Security forces killed four militants in an intelligence-based operation in "
                + "Nordland. In a separate incident in March, a roadside bomb hit a convoy in Pinewood district.");
        assertEquals(List.of("counter-terrorism-operation", "bombing"), is.stream().map(Incident::type).toList());
        assertEquals("2024-03", is.get(1).date().value());
    }

    @Test
    void aTownOwningTheAttackStruckItAndTheSeatOfAnOfficeIsNoPlaceOfTheEvent() {
        List<Incident> owned = incidents("Borduria said two children were killed on Monday in Oakvale district, "
                + "calling Velna's attack a violation of its airspace.");
        assertEquals(1, owned.size());
        assertEquals("BD", owned.get(0).place().countryCode());
        assertNull(owned.get(0).place().location());
        List<Incident> seat = incidents("Gunmen attacked a checkpoint on Monday, killing two guards, and a protest "
                + "was lodged with the senior official in Velna.");
        assertEquals(1, seat.size());
        assertNull(seat.get(0).place().location());
        assertNull(seat.get(0).place().countryCode());
    }

    @Test
    void aStrikeBackAfterAnEarlierStrikeIsAnEventOfItsOwnAndItsAsideLeavesTheStrikerNoPlace() {
        List<Incident> is = incidents("Gunmen attacked a border post in southeastern Ruritania on Monday, killing two "
                + "guards. Earlier this year, Ruritania launched missiles at targets in Borduria. Borduria, angered by the "
                + "violation of its airspace, carried out air strikes in Ruritania against bases of rebels.");
        assertEquals(List.of("attack", "airstrike", "airstrike"), is.stream().map(Incident::type).toList());
        assertEquals(List.of("RU", "BD", "RU"), is.stream().map(i -> i.place().countryCode()).toList());
        assertEquals(List.of("2024-06-10", "2024", "2024"), is.stream().map(i -> i.date().value()).toList());
        assertEquals(2, is.get(0).fatalities());
        List<Incident> struck = incidents(WITH_STATES, "Gunmen attacked a border post in southeastern Ruritania on "
                + "Monday. Earlier this year, Ruritania launched missiles at targets in Borduria. Borduria, angered by "
                + "the violation of its airspace, carried out air strikes in Ruritania against bases of rebels.");
        assertEquals(List.of("RU", "BD", "RU"), struck.stream().map(i -> i.place().countryCode()).toList());
        assertEquals(List.of("Ruritania (state)"), strikers(struck.get(1)));
        assertEquals(List.of("Borduria (state)"), strikers(struck.get(2)));
        List<Incident> clash = incidents(WITH_STATES, "Ruritania and Borduria clashed in Pinewood district on Monday.");
        assertEquals(List.of(), strikers(clash.get(0)));
        List<Incident> said = incidents(WITH_STATES, "Ruritania said gunmen attacked a post in Pinewood district on Monday.");
        assertEquals(List.of(), strikers(said.get(0)));
    }

    /** The states taking part as perpetrators: a state takes part only as the one that struck. */
    private static List<String> strikers(Incident i) {
        return i.participants().stream().filter(p -> "perpetrator".equals(p.role()))
                .map(p -> p.actor().label()).filter(l -> l.endsWith("(state)")).toList();
    }

    @Test
    void placesInARelativeClauseDescribingAnotherPlaceAreNotTheEventsUnlessTheActIsToldThere() {
        List<Incident> described = incidents("Shelling killed two guards on Monday near the bridge, which links "
                + "Pinewood district with Oakvale district in Borduria.");
        assertEquals(1, described.size());
        assertNull(described.get(0).place().admin2());
        assertNull(described.get(0).place().countryCode());
        List<Incident> told = incidents("Two guards were killed on Monday near the bridge, where gunmen attacked a "
                + "post in Pinewood district.");
        assertEquals(1, told.size());
        assertEquals("Pinewood district", told.get(0).place().admin2());
    }

    @Test
    void aCrossingIntoTheStateOfTheViolenceIsPartOfItUnlessItHasItsOwnTimeOrSpot() {
        String clash = "Border guards killed two gunmen in a clash in Pinewood district on Monday. ";
        List<Incident> part = incidents(clash + "The gunmen had entered Ruritania from Borduria.");
        assertEquals(List.of("armed-clash"), part.stream().map(Incident::type).toList());
        List<Incident> own = incidents(clash + "The gunmen had entered Ruritania from Borduria on Saturday.");
        assertEquals(List.of("armed-clash", "border-crossing"), own.stream().map(Incident::type).toList());
        assertEquals("2024-06-08", own.get(1).date().value());
    }

    @Test
    void anEventNamedAsSuchThatOccurredSomewhereGivesThePlaceOfTheEventToldBefore() {
        String killed = "Four gunmen were killed on the border on Monday. ";
        List<Incident> placed = incidents(killed + "The incident occurred near post 7, in Pinewood district.");
        assertEquals(1, placed.size());
        assertEquals("Pinewood district", placed.get(0).place().admin2());
        List<Incident> pattern = incidents(killed + "The incident is part of a pattern of violence in Pinewood district.");
        assertEquals(1, pattern.size());
        assertNull(pattern.get(0).place().admin2());
    }

    @Test
    void twoStatesNamingABorderPlaceTheEventOnNeitherSide() {
        List<Incident> border = incidents("A smuggler was killed at the Borduria-Ruritania border on Monday.");
        assertEquals(1, border.size());
        assertNull(border.get(0).place().countryCode());
        List<Incident> side = incidents("A smuggler was killed at the Borduria-Ruritania border on Monday as he "
                + "crossed into Ruritania.");
        assertEquals("RU", side.get(0).place().countryCode());
    }

    @Test
    void aCountedDeathNounCountsTheDead() {
        List<Incident> one = incidents("Clashes erupted in Pinewood district on Monday, resulting in one death and "
                + "over a dozen injuries.");
        assertEquals(1, one.get(0).fatalities());
        List<Incident> three = incidents("Shelling in Pinewood district on Monday caused three deaths.");
        assertEquals(3, three.get(0).fatalities());
        List<Incident> uncounted = incidents("Shelling in Pinewood district on Monday caused deaths.");
        assertNull(uncounted.get(0).fatalities());
    }

    @Test
    void theDeadOfSeveralCountedClashesAreATallyNotAnEvent() {
        List<Incident> is = incidents("Gunmen attacked a post in Pinewood district on Monday, killing two guards. "
                + "In April, at least 22 guards were killed in two separate clashes in Nordland.");
        assertEquals(1, is.size());
        assertEquals("Pinewood district", is.get(0).place().admin2());
        List<Incident> one = incidents("In April, four guards were killed in a clash in Nordland.");
        assertEquals(1, one.size());
        assertEquals(4, one.get(0).fatalities());
    }

    @Test
    void strikesReportedAfterThatOrOpeningASentenceAreEventsOfTheirOwnPlace() {
        String first = "Bordurian air strikes hit Oakvale district on Monday, killing ten civilians. ";
        List<Incident> reported = incidents(first + "He also confirmed that strikes hit Pinewood district, wounding "
                + "four civilians.");
        assertEquals(List.of("Oakvale district", "Pinewood district"),
                reported.stream().map(i -> i.place().admin2()).toList());
        List<Incident> opening = incidents(first + "Strikes also hit Pinewood district, wounding four civilians.");
        assertEquals(List.of("Oakvale district", "Pinewood district"),
                opening.stream().map(i -> i.place().admin2()).toList());
    }

    @Test
    void aStateNamedAsThePlaceIsThePlaceButItsAdjectiveIsNot() {
        List<Incident> is = incidents("Bordurian aircraft carried out air strikes in Ruritania on Monday.");
        assertEquals(1, is.size());
        assertEquals("RU", is.get(0).place().countryCode());
    }

    @Test
    void strikesInTwoStatesAreTwoEventsAClashBetweenTwoStatesIsOne() {
        List<Incident> strikes = incidents("Ruritanian aircraft carried out air strikes in Borduria and Syldavia on "
                + "Monday.");
        assertEquals(List.of("BD", "SY"), strikes.stream().map(i -> i.place().countryCode()).toList());
        List<Incident> clash = incidents("Border guards of Borduria and Syldavia clashed on Monday, killing two.");
        assertEquals(1, clash.size());
    }

    @Test
    void aContrastedClauseWithItsOwnPlaceIsAnotherEventButNotWhenItOnlyAddsTheWounded() {
        List<Incident> two = incidents("Air strikes killed three women in Pinewood district on Monday, while two other "
                + "women were killed in a strike in Oakvale district.");
        assertEquals(List.of(3, 2), two.stream().map(Incident::fatalities).toList());
        assertEquals(List.of("RU", "BD"), two.stream().map(i -> i.place().countryCode()).toList());
        assertEquals(List.of("2024-06-10", "2024-06-10"), two.stream().map(i -> i.date().value()).toList());
        List<Incident> one = incidents("Two soldiers were killed in an attack in Pinewood district on Monday, while "
                + "three others were wounded.");
        assertEquals(1, one.size());
        assertEquals(2, one.get(0).fatalities());
    }

    @Test
    void theShootersOwnDeadAreAddedToTheTollOfTheirFireButNotCountedTwice() {
        List<Incident> is = incidents("Shelling from Bordurian forces killed six people in Pinewood district on Monday. "
                + "A Bordurian spokesman said one Bordurian soldier was killed in the clashes in Pinewood district.");
        assertEquals(1, is.size());
        assertEquals(7, is.get(0).fatalities());
        List<Incident> within = incidents("Shelling from Bordurian forces killed six people in Pinewood district on "
                + "Monday. Officials said two Ruritanian soldiers were killed in the clashes in Pinewood district.");
        assertEquals(6, within.get(0).fatalities());
    }

    @Test
    void aClauseCutAtFollowingIsAnotherEventThanTheOneBeforeIt() {
        List<Incident> is = incidents("Ruritania said on Monday that a blast on its soil killed two children, following "
                + "Bordurian attacks in Syldavia.");
        Incident attacks = is.stream().filter(i -> "SY".equals(i.place().countryCode())).findFirst().orElseThrow();
        assertNull(attacks.fatalities(), is.toString());
        assertTrue(is.stream().anyMatch(i -> Integer.valueOf(2).equals(i.fatalities())), is.toString());
    }

    @Test
    void whatFollowsASentenceTellsOfItsNewsNotOfTheBackgroundCutAtFollowing() {
        List<Incident> is = incidents("Ruritanian and Bordurian guards traded fire along the border, officials said, "
                + "following a similar clash last year. Ruritanian officials told Wire Daily on June 11 that one "
                + "civilian was killed in the shooting.");
        assertEquals(2, is.size(), is.toString());
        Incident news = is.stream().filter(i -> !"2023".equals(i.date().value())).findFirst().orElseThrow();
        assertEquals("2024-06", news.date().value(), is.toString());
        assertEquals(1, news.fatalities(), is.toString());
    }

    @Test
    void eventsNamedOnlyInASentenceInitialFollowingPhraseCameBeforeTheNews() {
        List<Incident> is = incidents("Ruritanian guards killed four gunmen in Pinewood district after they refused to "
                + "surrender. Following attacks on Ruritanian workers in Borduria, the Peace Council urged its "
                + "neighbour to act.");
        Incident news = is.stream().filter(i -> "Pinewood district".equals(i.place().admin2())).findFirst()
                .orElseThrow();
        assertEquals("armed-clash", news.type(), is.toString());
        List<Incident> anaphoric = incidents("Gunmen attacked a post in Pinewood district on Monday. Following the "
                + "attack, guards closed the road.");
        assertEquals(1, anaphoric.size(), "'Following the attack' points back at the attack told: " + anaphoric);
    }

    @Test
    void clashesInAMonthThatKilledManyAreATallyNotAnEvent() {
        List<Incident> is = incidents("Militants attacked a post in Pinewood district, wounding two guards. Relations "
                + "have worsened since deadly border clashes in October that killed around 70 people on both sides.");
        assertEquals(1, is.size(), is.toString());
        assertEquals("attack", is.get(0).type());
        assertNull(is.get(0).fatalities(), is.toString());
    }

    @Test
    void aVictimsHometownIsNotWhereTheEventHappened() {
        List<Incident> is = incidents("Militants attacked a border post on Monday, killing a soldier, a resident of "
                + "Oakvale.");
        assertEquals(1, is.size());
        assertNull(is.get(0).place().admin2());
        assertNull(is.get(0).place().countryCode());
    }

    @Test
    void theLeadFigureStandsOverAnEarlierReportedOne() {
        List<Incident> is = incidents("Militants attacked a post in Pinewood district on Monday, killing five guards. "
                + "A local official had first said that six guards were killed in the attack.");
        assertEquals(1, is.size());
        assertEquals(5, is.get(0).fatalities());
    }

    @Test
    void victimsShotDeadAreCounted() {
        List<Incident> is = incidents("On Monday, two policemen were shot dead during clashes with smugglers in "
                + "Pinewood district, officials said.");
        assertEquals(1, is.size());
        assertEquals(2, is.get(0).fatalities());
    }

    @Test
    void theInjuredBesideTheDeadAreNotCounted() {
        List<Incident> is = incidents("Officials said that the attack in Pinewood district left two children dead and "
                + "three people injured.");
        assertEquals(1, is.size());
        assertEquals(2, is.get(0).fatalities());
    }

    @Test
    void aSecondVictimParsedAsAConjunctOfTheKillingVerbIsCounted() {
        List<Incident> is = incidents("Militants of the Valley Front extremist group have attacked a border post in "
                + "Pinewood district, killing a border guard and one police officer, Ruritanian authorities say.");
        assertEquals(1, is.size());
        assertEquals(2, is.get(0).fatalities());
    }

    @Test
    void theVictimsOfADeathNounAreCounted() {
        List<Incident> is = incidents("Bordurian drones struck a house in Pinewood district on Monday, resulting in the "
                + "deaths of three villagers, the ministry said.");
        assertEquals(1, is.size());
        assertEquals(3, is.get(0).fatalities());
    }

    @Test
    void noCasualtiesReportedAfterTheEventGivesZero() {
        List<Incident> is = incidents("Border guards clashed with smugglers in Pinewood district on Monday. "
                + "There were no reports of casualties.");
        assertEquals(1, is.size());
        assertEquals(0, is.get(0).fatalities());
    }

    @Test
    void theStateThatActsIsNotThePlace() {
        List<Incident> is = incidents("Borduria launched missiles at targets in Ruritania on Monday.");
        assertEquals(List.of("RU"), is.stream().map(i -> i.place().countryCode()).toList());
    }

    @Test
    void theStateThatStrikesIsNotThePlaceInReportedSpeechOrBeforeTheTrigger() {
        Incident said = incidents("Borduria said on Monday that Ruritania conducted an air strike on its territory, "
                + "killing two children.").get(0);
        assertEquals(null, said.place().countryCode(), said.toString());
        Incident modifier = incidents("Borduria warned of consequences after a Ruritania air strike killed two "
                + "children.").get(0);
        assertEquals(null, modifier.place().countryCode(), modifier.toString());
    }

    @Test
    void anUndatedEventTakesTheFullDateAClauseNearbyStatesButNotACaptionsPlace() {
        String text = "A view of the Pinewood district crossing on June 3, 2024.\n\nAFP\n\nCustoms officers seized 40 "
                + "rifles from a truck at the border, a statement said on Monday.\n\n\u201COn 11th May, 2024 at about "
                + "6 pm, a truck loaded with coal entered the terminal,\u201D the statement said.";
        Article a = new Article("t9", null, null, null, null, text, "test");
        List<Incident> is = Extractor.create(DICT).extract(a).incidents();
        assertEquals(1, is.size(), is.toString());
        assertEquals("2024-05-11", is.get(0).date().value());
        assertEquals(null, is.get(0).place().admin2(), "the caption's place is not the event's");
    }

    @Test
    void aClauseNamingOtherStatesDoesNotJoinAnEventPlacedInAProvince() {
        List<Incident> is = incidents("An air strike hit a village in Nordland on Tuesday, a day after Ruritanian "
                + "troops attacked targets in Borduria and Syldavia with missiles.");
        assertEquals(List.of("RU", "BD", "SY"), is.stream().map(i -> i.place().countryCode()).toList(), is.toString());
    }

    @Test
    void aPointADirectionAwayFromATownIsNotTheTown() {
        Incident east = incidents("Militants killed two guards in a raid east of Velna on Monday.").get(0);
        assertNull(east.place().location(), east.toString());
        Incident in = incidents("Militants killed two guards in a raid in Velna on Monday.").get(0);
        assertEquals("Velna", in.place().location());
    }

    @Test
    void anUnknownNameAfterALocativePrepositionIsThePlace() {
        List<Incident> near = incidents("Militants attacked a checkpoint near Zarkhet on Monday, killing two guards.");
        assertEquals("Zarkhet", near.get(0).place().location());
        List<Incident> owned = incidents("Gunmen attacked a border post in Borduria's Kestrel on Monday.");
        assertEquals("Kestrel", owned.get(0).place().location());
        assertEquals("BD", owned.get(0).place().countryCode());
        List<Incident> seat = incidents("Militants attacked a checkpoint on Monday, an official in Zarkhet said.");
        assertNull(seat.get(0).place().location());
        List<Incident> month = incidents("Militants attacked a checkpoint in March, killing two guards.");
        assertNull(month.get(0).place().location());
    }

    @Test
    void aNameWithASiteNounIsOnePlaceAndForcesNearItWereThere() {
        Incident station = incidents("On Monday Ruritanian servicemen opened fire at Bordurian border guards near the "
                + "Dostan water distribution station, while Ruritania blamed Borduria.").get(0);
        assertEquals("Dostan water distribution station", station.place().location(), station.toString());
        Incident bank = incidents("Militants attacked a checkpoint near the Dostan river bank on Monday.").get(0);
        assertEquals("Dostan river", bank.place().location(), bank.toString());
        Incident group = incidents("Militants attacked a checkpoint near the Dostan on Monday.").get(0);
        assertNull(group.place().location(), group.toString());
    }

    @Test
    void fightersOneArmedGroupCapturesFromAnotherAreNoDetentionButMilitantsCapturedByAStateAre() {
        List<Incident> battle = incidents("The Hill Legion clashed with the Valley Front in Dostan on Monday, and 40 "
                + "Valley Front fighters were captured as prisoners by the Hill Legion.");
        assertEquals(List.of("armed-clash"), battle.stream().map(Incident::type).toList(), battle.toString());
        List<Incident> state = incidents("Valley Front militants clashed with Ruritanian guards in Dostan on Monday, "
                + "and five Valley Front militants were captured by the guards.");
        assertEquals(List.of("armed-clash", "arrest"), state.stream().map(Incident::type).toList(), state.toString());
    }

    @Test
    void aHeadlineThatSumsUpTheBodysEventReportsNoneOfItsOwn() {
        List<Incident> is = incidents("New clashes along Ruritania border\nBordurian guards and smugglers clashed in "
                + "Borduria on Monday, killing two.");
        assertEquals(1, is.size(), is.toString());
        assertEquals("BD", is.get(0).place().countryCode());
        List<Incident> alone = incidents("Guards clash in Borduria\nThe talks were postponed on Monday.");
        assertEquals(1, alone.size(), alone.toString());
    }

    @Test
    void theSidesOfALineAreNotThePlace() {
        Incident i = incidents("Ruritanian and Bordurian guards clashed on Monday along the border between the Dostan "
                + "district of Ruritania and the Halvor district of Borduria.").get(0);
        assertNull(i.place().admin2(), i.toString());
        assertNull(i.place().location(), i.toString());
    }

    @Test
    void anUnknownPossessorOfADistrictIsItsRegion() {
        Incident i = incidents("Gunmen attacked a police post in Halvor's Kestrel district on Monday.").get(0);
        assertEquals("Halvor", i.place().admin1());
        assertEquals("Kestrel district", i.place().admin2());
        Incident known = incidents("Gunmen attacked a police post in Borduria's Kestrel district on Monday.").get(0);
        assertNull(known.place().admin1());
        assertEquals("BD", known.place().countryCode());
    }

    @Test
    void anyStatesDemonymBeforeAForceNounNamesAForce() {
        Incident i = incidents("Syldavian border guards clashed with smugglers in Pinewood district on Monday.").get(0);
        assertEquals(List.of("Syldavian border guards", "smugglers"),
                i.participants().stream().map(p -> p.actor().text()).toList());
    }

    @Test
    void twoUnknownDistrictsAreTwoEventsEvenWhenOneClauseNamesACrossingToo() {
        List<Incident> is = incidents("A farmer was shot dead by border guards near the Kestrel crossing in Halvor "
                + "district on Monday. Meanwhile, rebels attacked an outpost in Dunmere township, killing three soldiers.");
        assertEquals(List.of("Halvor district", "Dunmere township"), is.stream().map(i -> i.place().admin2()).toList());
        assertEquals(List.of(1, 3), is.stream().map(Incident::fatalities).toList());
    }

    @Test
    void aPlaceInsideAnOrganisationsNameIsNotWhereTheEventHappened() {
        Incident i = incidents("Hideouts of the Nordland Liberation Front were struck in an intelligence-based operation "
                + "in Borduria on Monday.").get(0);
        assertNull(i.place().admin1());
        assertEquals("BD", i.place().countryCode());
    }

    @Test
    void drugsSeizedFromSmugglersAreASmugglingWhereTheyWereSeized() {
        Incident i = incidents("Border guards seized 40 kilograms of opium from smugglers in Pinewood district on "
                + "Saturday, the ministry said.").get(0);
        assertEquals("smuggling", i.type());
        assertEquals("Pinewood district", i.place().admin2());
        Incident near = incidents("Guards seized 12 kg of heroin near the border in Oakvale district on Saturday.").get(0);
        assertEquals("smuggling", near.type());
        assertEquals("Oakvale district", near.place().admin2());
    }

    @Test
    void aPlaceAfterTheOriginUnderAnotherPrepositionIsTheEventPlace() {
        Incident fire = incidents("Two guards were killed after militants opened fire from Borduria on troops in "
                + "Pinewood district on Monday.").get(0);
        assertEquals("Pinewood district", fire.place().admin2());
        Incident origin = incidents("Militants crossed into Ruritania from the village of Kestrel in Borduria's Oakvale "
                + "district on Monday.").get(0);
        assertNull(origin.place().admin2());
    }

    @Test
    void aBoundIsNoCount() {
        assertNull(incidents("A clash in Pinewood district last September left more than 100 people dead.").get(0)
                .fatalities());
        assertEquals(10, incidents("A clash in Pinewood district last September left 10 people dead.").get(0)
                .fatalities());
    }

    @Test
    void aCapitalThatActsIsItsGovernmentNotThePlace() {
        List<Incident> is = incidents("Ruritanian jets struck rebel camps in Borduria on Monday, officials said, "
                + "although Velna never officially confirmed the strikes.");
        assertEquals(1, is.size());
        assertNull(is.get(0).place().location());
        assertEquals("BD", is.get(0).place().countryCode());
    }

    @Test
    void aPlaceThatSpeaksIsNotThePlaceButAPlaceUnderAPrepositionIs() {
        List<Incident> accused = incidents("Nordland accused militants of an attack on a post in Oakvale district on "
                + "Monday.");
        assertEquals("Oakvale district", accused.get(0).place().admin2());
        assertNull(accused.get(0).place().admin1());
        List<Incident> repelled = incidents("Guards in Ruritania's Nordland region repelled an attack on Monday.");
        assertEquals("Nordland region", repelled.get(0).place().admin1());
    }

    @Test
    void aPhotoCaptionYieldsToTheBodysWording() {
        List<Incident> is = incidents("A man shows a truck hit by shelling in Pinewood district, June 10, 2024. "
                + "WIRE/Ana Lopez\nBorder guards clashed with smugglers in Pinewood district on Monday.");
        assertEquals(List.of("armed-clash"), is.stream().map(Incident::type).toList());
    }

    @Test
    void negatedAndHypotheticalTriggersDoNotFire() {
        assertEquals(0, incidents("Officials denied there had been any clashes. The group plans attacks.").size());
    }

    @Test
    void injuriesOnlyLeaveFatalitiesUnknown() {
        Incident i = incidents("Gunmen attacked a checkpoint in Nordland on Tuesday, wounding three guards.").get(0);
        assertNull(i.fatalities());
    }
}
