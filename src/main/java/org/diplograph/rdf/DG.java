package org.diplograph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the diplograph ontology ({@code ontology/diplograph.ttl}), namespace {@code dg:}, term for term. */
public final class DG {
    private DG() {}

    /** The namespace {@code https://w3id.org/diplograph/ontology#}. */
    public static final String NS = "https://w3id.org/diplograph/ontology#";
    /** The ontology IRI. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/diplograph/ontology");

    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }

    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // classes
    public static final Resource Statement = resource("Statement");
    public static final Resource Claim = resource("Claim");
    public static final Resource Extraction = resource("Extraction");
    public static final Resource State = resource("State");
    public static final Resource InternationalOrganization = resource("InternationalOrganization");
    public static final Resource NonStateActor = resource("NonStateActor");
    public static final Resource Institution = resource("Institution");
    public static final Resource InstitutionKind = resource("InstitutionKind");
    public static final Resource CameoRule = resource("CameoRule");
    public static final Resource LexiconEntry = resource("LexiconEntry");
    public static final Resource ReportingCue = resource("ReportingCue");
    public static final Resource RelayCue = resource("RelayCue");
    public static final Resource RelationCue = resource("RelationCue");
    public static final Resource StanceCue = resource("StanceCue");
    public static final Resource RoleTitle = resource("RoleTitle");
    public static final Resource Negator = resource("Negator");
    public static final Resource Summary = resource("Summary");
    public static final Resource Tally = resource("Tally");
    public static final Resource MonthTally = resource("MonthTally");
    public static final Resource CountryTally = resource("CountryTally");
    public static final Resource StateMonthTally = resource("StateMonthTally");
    public static final Resource SpeakerTally = resource("SpeakerTally");
    public static final Resource SpeakerCountryTally = resource("SpeakerCountryTally");
    public static final Resource LabelTally = resource("LabelTally");
    public static final Resource FacetTally = resource("FacetTally");
    public static final Resource PairTally = resource("PairTally");
    public static final Resource StateFacetTally = resource("StateFacetTally");

    // object properties
    public static final Property claim = property("claim");
    public static final Property evidence = property("evidence");
    public static final Property speakerCountry = property("speakerCountry");
    public static final Property speakerOrganization = property("speakerOrganization");
    public static final Property speakerRole = property("speakerRole");
    public static final Property speakerType = property("speakerType");
    public static final Property speakerInstitution = property("speakerInstitution");
    public static final Property relationType = property("relationType");
    public static final Property participant = property("participant");
    public static final Property stance = property("stance");
    public static final Property act = property("act");
    public static final Property cameoCode = property("cameoCode");
    public static final Property ploverCategory = property("ploverCategory");
    public static final Property country = property("country");
    public static final Property organization = property("organization");
    public static final Property role = property("role");
    public static final Property institutionKind = property("institutionKind");
    public static final Property relation = property("relation");
    public static final Property stanceValue = property("stanceValue");
    public static final Property actValue = property("actValue");
    public static final Property roleValue = property("roleValue");
    public static final Property speaker = property("speaker");
    public static final Property labelProperty = property("labelProperty");

    // datatype properties
    public static final Property cue = property("cue");
    public static final Property rule = property("rule");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property iso3 = property("iso3");
    public static final Property unStatus = property("unStatus");
    public static final Property actorCode = property("actorCode");
    public static final Property demonym = property("demonym");
    public static final Property demonymPlural = property("demonymPlural");
    public static final Property capital = property("capital");
    public static final Property metonym = property("metonym");
    public static final Property form = property("form");
    public static final Property feminineForm = property("feminineForm");
    public static final Property pluralForm = property("pluralForm");
    public static final Property participleForm = property("participleForm");
    public static final Property feminineParticipleForm = property("feminineParticipleForm");
    public static final Property verbalNounForm = property("verbalNounForm");
    public static final Property verbForm = property("verbForm");
    public static final Property takesInstitution = property("takesInstitution");
    public static final Property source = property("source");
    public static final Property frequency = property("frequency");

    // derived shortcuts (written by ExtractionMapper from the article's own triples) and summary counts
    public static final Property month = property("month");
    public static final Property speakerCountryCode = property("speakerCountryCode");
    public static final Property participantCodes = property("participantCodes");
    public static final Property participantPair = property("participantPair");
    public static final Property relationCode = property("relationCode");
    public static final Property stanceCode = property("stanceCode");
    public static final Property actCode = property("actCode");
    public static final Property label = property("label");
    public static final Property claimCount = property("claimCount");
    public static final Property statementCount = property("statementCount");
    public static final Property articleCount = property("articleCount");
    public static final Property summaryVersion = property("summaryVersion");
    public static final Property facetProperty = property("facetProperty");
    public static final Property stateFacetProperty = property("stateFacetProperty");
    public static final Property facetValue = property("facetValue");
    public static final Property facetLiteral = property("facetLiteral");
    public static final Property aboutParticipant = property("aboutParticipant");
}
