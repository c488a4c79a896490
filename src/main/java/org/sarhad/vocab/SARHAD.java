package org.sarhad.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the Sarhad ontology ({@code ontology/sarhad.ttl}), in Jena vocabulary style.
 * {@code VocabularySyncTest} proves every constant is declared there and every declared term has a constant.
 */
public final class SARHAD {
    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/sarhad/ontology#";
    /** Namespace of the SKOS taxonomies (incident types, stances, roles, precisions). */
    public static final String TAXONOMY = "https://w3id.org/sarhad/taxonomy/";
    public static final String NAMESPACE = NS;
    public static final String PREFIX = "sarhad";

    private SARHAD() {
    }

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The ontology itself. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/sarhad/ontology");

    // Actors
    public static final Resource Actor = resource("Actor");
    public static final Resource State = resource("State");
    public static final Resource GovernmentAgency = resource("GovernmentAgency");
    public static final Resource SecurityForce = resource("SecurityForce");
    public static final Resource ArmedGroup = resource("ArmedGroup");
    public static final Resource InternationalOrganisation = resource("InternationalOrganisation");
    public static final Resource MediaOutlet = resource("MediaOutlet");
    public static final Resource Person = resource("Person");
    public static final Resource Post = resource("Post");
    public static final Resource GenericActor = resource("GenericActor");

    // Places and borders
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");
    public static final Resource AdministrativeRegion = resource("AdministrativeRegion");
    public static final Resource District = resource("District");
    public static final Resource Locality = resource("Locality");
    public static final Resource BorderPost = resource("BorderPost");
    public static final Resource BorderCrossing = resource("BorderCrossing");
    public static final Resource Border = resource("Border");
    public static final Resource BorderSection = resource("BorderSection");

    // Incidents
    public static final Resource Incident = resource("Incident");
    public static final Resource IncidentType = resource("IncidentType");
    public static final Resource Participation = resource("Participation");
    public static final Resource ParticipantRole = resource("ParticipantRole");
    public static final Resource SeizedItem = resource("SeizedItem");
    public static final Resource DatePrecision = resource("DatePrecision");
    public static final Resource PlacePrecision = resource("PlacePrecision");

    // Claims, articles, provenance
    public static final Resource Claim = resource("Claim");
    public static final Resource Stance = resource("Stance");
    public static final Resource Article = resource("Article");
    public static final Resource TextEvidence = resource("TextEvidence");

    // Concept schemes (SKOS taxonomies; concepts are under TAXONOMY)
    public static final Resource IncidentTypeScheme = resource("IncidentTypeScheme");
    public static final Resource StanceScheme = resource("StanceScheme");
    public static final Resource ParticipantRoleScheme = resource("ParticipantRoleScheme");
    public static final Resource DatePrecisionScheme = resource("DatePrecisionScheme");
    public static final Resource PlacePrecisionScheme = resource("PlacePrecisionScheme");

    // Actor properties
    public static final Property country = property("country");
    public static final Property alliedWith = property("alliedWith");
    public static final Property affiliatedWith = property("affiliatedWith");
    public static final Property holdsPost = property("holdsPost");
    public static final Property postIn = property("postIn");
    public static final Property postLabel = property("postLabel");
    public static final Property heldFrom = property("heldFrom");
    public static final Property heldUntil = property("heldUntil");
    public static final Property wikidataId = property("wikidataId");

    // Place properties
    public static final Property countryCode = property("countryCode");
    public static final Property locatedIn = property("locatedIn");
    public static final Property geonamesId = property("geonamesId");
    public static final Property population = property("population");
    public static final Property admin1Code = property("admin1Code");

    // Border properties
    public static final Property borderOf = property("borderOf");
    public static final Property hasSection = property("hasSection");
    public static final Property hasCrossing = property("hasCrossing");
    public static final Property onBorder = property("onBorder");

    // Incident properties
    public static final Property incidentType = property("incidentType");
    public static final Property date = property("date");
    public static final Property datePrecision = property("datePrecision");
    public static final Property dateText = property("dateText");
    public static final Property dateUnknown = property("dateUnknown");
    public static final Property place = property("place");
    public static final Property placePrecision = property("placePrecision");
    public static final Property admin1Text = property("admin1Text");
    public static final Property admin2Text = property("admin2Text");
    public static final Property locationText = property("locationText");
    public static final Property participation = property("participation");
    public static final Property participant = property("participant");
    public static final Property role = property("role");
    public static final Property nameInText = property("nameInText");
    public static final Property fatalities = property("fatalities");
    public static final Property fatalitiesStatedBy = property("fatalitiesStatedBy");
    public static final Property seized = property("seized");
    public static final Property itemLabel = property("itemLabel");
    public static final Property quantity = property("quantity");
    public static final Property intent = property("intent");
    public static final Property crossedFrom = property("crossedFrom");
    public static final Property crossedInto = property("crossedInto");
    public static final Property precededBy = property("precededBy");
    public static final Property partOf = property("partOf");
    public static final Property sameEventAs = property("sameEventAs");

    // Linking
    public static final Resource Event = resource("Event");
    public static final Resource LinkDecision = resource("LinkDecision");
    public static final Resource PlaceLink = resource("PlaceLink");
    public static final Resource BorderLink = resource("BorderLink");
    public static final Resource EventLink = resource("EventLink");
    public static final Property hasReport = property("hasReport");
    public static final Property eventType = property("eventType");
    public static final Property eventPlace = property("eventPlace");
    public static final Property eventCountry = property("eventCountry");
    public static final Property dateEarliest = property("dateEarliest");
    public static final Property dateLatest = property("dateLatest");
    public static final Property fatalitiesBest = property("fatalitiesBest");
    public static final Property fatalitiesLow = property("fatalitiesLow");
    public static final Property fatalitiesHigh = property("fatalitiesHigh");
    public static final Property reportCount = property("reportCount");
    public static final Property outletCount = property("outletCount");
    public static final Property reportingOutlet = property("reportingOutlet");
    public static final Property disagreesOn = property("disagreesOn");
    public static final Property eventClaim = property("eventClaim");
    public static final Property incidentClaim = property("incidentClaim");
    public static final Property linkKey = property("linkKey");
    public static final Property linkSubject = property("linkSubject");
    public static final Property linkTarget = property("linkTarget");
    public static final Property linkScore = property("linkScore");
    public static final Property linkRule = property("linkRule");
    public static final Property placeName = property("placeName");
    public static final Property candidateCount = property("candidateCount");
    public static final Property runnerUp = property("runnerUp");

    // Claim properties
    public static final Property claimant = property("claimant");
    public static final Property claimantText = property("claimantText");
    public static final Property stance = property("stance");
    public static final Property about = property("about");
    public static final Property aboutText = property("aboutText");
    public static final Property claimDate = property("claimDate");
    public static final Property quote = property("quote");
    public static final Property reportedBy = property("reportedBy");
    public static final Property reportingChain = property("reportingChain");
    public static final Property evidenceGiven = property("evidenceGiven");
    public static final Property respondsTo = property("respondsTo");

    // Article and provenance properties
    public static final Property articleId = property("articleId");
    public static final Property text = property("text");
    public static final Property outlet = property("outlet");
    public static final Property evidence = property("evidence");
    public static final Property sourceArticle = property("sourceArticle");
    public static final Property extractionRule = property("extractionRule");
}
