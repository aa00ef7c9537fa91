package org.diplograph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the diplograph ontology ({@code ontology/diplograph.ttl}), namespace {@value #NS}. */
public final class DG {
    public static final String NS = "https://w3id.org/diplograph/ontology#";
    public static final String BASE = "https://w3id.org/diplograph/";
    public static final String ID_NS = BASE + "id/";
    public static final String LEXICON_NS = BASE + "lexicon/";

    private DG() {}

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }

    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource State = r("State");
    public static final Resource InternationalOrganization = r("InternationalOrganization");
    public static final Resource NonStateActor = r("NonStateActor");
    public static final Resource InstitutionKind = r("InstitutionKind");
    public static final Resource ReportingCue = r("ReportingCue");
    public static final Resource RelayCue = r("RelayCue");
    public static final Resource RoleTitle = r("RoleTitle");
    public static final Resource RelationCue = r("RelationCue");
    public static final Resource StanceCue = r("StanceCue");
    public static final Resource Negator = r("Negator");

    public static final Property iso3 = p("iso3");
    public static final Property actorCode = p("actorCode");
    public static final Property demonym = p("demonym");
    public static final Property demonymPlural = p("demonymPlural");
    public static final Property capital = p("capital");
    public static final Property metonym = p("metonym");
    public static final Property country = p("country");
    public static final Property organization = p("organization");
    public static final Property role = p("role");
    public static final Property institutionKind = p("institutionKind");
    public static final Property form = p("form");
    public static final Property feminineForm = p("feminineForm");
    public static final Property pluralForm = p("pluralForm");
    public static final Property participleForm = p("participleForm");
    public static final Property feminineParticipleForm = p("feminineParticipleForm");
    public static final Property actValue = p("actValue");
    public static final Property stanceValue = p("stanceValue");
    public static final Property roleValue = p("roleValue");
    public static final Property relation = p("relation");
    public static final Property takesInstitution = p("takesInstitution");
}
