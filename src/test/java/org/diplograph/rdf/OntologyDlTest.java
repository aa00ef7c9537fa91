package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.ontology.OntModel;
import org.apache.jena.ontology.OntModelSpec;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology ({@code diplograph.ttl} with {@code concepts.ttl} and {@code cameo.ttl}, as loaded into the ontology
 * graph) is in the OWL 2 DL profile (OWL API {@link OWL2DLProfile}) and consistent for a DL reasoner (HermiT); it also
 * loads in Jena's OntModel and passes the validation of Jena's OWL rule reasoner.
 */
@Tag("issue-4")
class OntologyDlTest {
    private static OWLOntology merged;
    private static Graph union;

    /**
     * Parses the three files into one RDF graph first, as the ontology graph of the store holds them: parsed one
     * by one, OWL API would guess the kind of terms that only diplograph.ttl declares (e.g. skos:notation).
     */
    @BeforeAll
    static void loadTheOntologyFiles() throws OWLOntologyCreationException {
        union = GraphFactory.createDefaultGraph();
        for (String f : BundledTurtle.ONTOLOGY_FILES) {
            int before = union.size();
            RDFParser.source(OntologyDlTest.class.getResource("/ontology/" + f).toString()).lang(Lang.TURTLE).parse(union);
            assertThat(union.size()).as(f).isGreaterThan(before);
        }
        ByteArrayOutputStream rdfxml = new ByteArrayOutputStream();
        RDFDataMgr.write(rdfxml, union, RDFFormat.RDFXML_PLAIN);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        merged = manager.loadOntologyFromOntologyDocument(new ByteArrayInputStream(rdfxml.toByteArray()));
    }

    @Test
    void isInTheOwl2DlProfile() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(merged);
        List<String> violations = report.getViolations().stream().map(OWLProfileViolation::toString).toList();
        assertThat(violations).isEmpty();
    }

    @Test
    void hermitFindsItConsistentWithNoUnsatisfiableClass() {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(merged);
        try {
            assertThat(reasoner.isConsistent()).isTrue();
            List<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream().toList();
            assertThat(unsatisfiable).isEmpty();
        } finally {
            reasoner.dispose();
        }
    }

    /** Jena's own check too: the graph loads in an OntModel (OWL DL spec) and Jena's OWL rule reasoner finds it valid. */
    @Test
    void loadsInJenaOntModelAndPassesJenaOwlReasonerValidation() {
        OntModel ont = ModelFactory.createOntologyModel(OntModelSpec.OWL_DL_MEM, ModelFactory.createModelForGraph(union));
        assertThat(ont.getOntClass(DG.Statement.getURI())).isNotNull();
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLReasoner(), ModelFactory.createModelForGraph(union));
        ValidityReport report = inf.validate();
        List<String> problems = new java.util.ArrayList<>();
        report.getReports().forEachRemaining(r -> problems.add(r.toString()));
        assertThat(report.isValid()).as("%s", problems).isTrue();
    }

    @Test
    void declaresTheStatementAndClaimClasses() {
        List<String> classes = merged.classesInSignature().map(c -> c.getIRI().toString()).toList();
        assertThat(classes).contains(DG.Statement.getURI(), DG.Claim.getURI());
    }
}
