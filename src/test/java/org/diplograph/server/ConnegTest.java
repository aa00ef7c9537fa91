package org.diplograph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.diplograph.server.Conneg.Representation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ConnegTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "NONE | HTML",
            "'' | HTML",
            "*/* | HTML",
            "text/turtle | TURTLE",
            "application/ld+json | JSONLD",
            "application/n-triples | NTRIPLES",
            "'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' | HTML",
            "'text/turtle;q=0.9, text/html' | HTML",
            "'text/turtle, */*;q=0.1' | TURTLE",
            "'application/ld+json, */*' | JSONLD",
            "'text/*;q=0.5, application/ld+json;q=0.4' | HTML",
            "'text/html;q=0, */*' | TURTLE",
            "image/png | NONE",
            "'text/turtle;q=abc' | NONE",
            "application/rdf+xml | RDFXML",
            "text/plain | NTRIPLES",
            // OWL API (Protégé) and rdflib name RDF/XML and add */* as a last resort
            "'application/rdf+xml, application/xml;q=0.7, text/xml;q=0.6, text/plain;q=0.1, */*;q=0.09' | RDFXML",
            // HTML matched only by */* loses to a named RDF format, even one weighted lower
            "'text/plain;q=0.1, */*;q=0.5' | TURTLE",
            "'application/n-triples;q=0.2, */*;q=0.9' | TURTLE",
            "'application/rdf+xml;q=0.3, application/json' | RDFXML",
            // q-values among RDF formats decide
            "'application/rdf+xml;q=0.5, text/turtle;q=0.8' | TURTLE",
            "'text/turtle;q=0.5, application/ld+json;q=0.6, application/rdf+xml;q=0.55' | JSONLD",
            // an old WebKit header: HTML is named, above text/plain
            "'application/xml,application/xhtml+xml,text/html;q=0.9,text/plain;q=0.8,image/png,*/*;q=0.5' | HTML"})
    void picksTheBestRankedRepresentation(String accept, String expected) {
        Representation r = Conneg.choose(accept, Conneg.ALL);
        assertThat(r).isEqualTo(expected == null ? null : Representation.valueOf(expected));
    }

    @Test
    void rdfOffersPreferTurtleForAnything() {
        assertThat(Conneg.choose("*/*", Conneg.RDF)).isEqualTo(Representation.TURTLE);
        assertThat(Conneg.choose("text/html", Conneg.RDF)).isNull();
    }

    @Test
    @Tag("issue-12")
    void nTriplesAskedAsTextPlainIsLabelledTextPlain() {
        assertThat(Conneg.negotiate("text/plain", Conneg.ALL)).isEqualTo(new Conneg.Choice(Representation.NTRIPLES, "text/plain"));
        assertThat(Conneg.negotiate("application/n-triples, text/plain;q=0.5", Conneg.RDF))
                .isEqualTo(new Conneg.Choice(Representation.NTRIPLES, "application/n-triples"));
        assertThat(Conneg.negotiate("*/*", Conneg.RDF)).isEqualTo(new Conneg.Choice(Representation.TURTLE, "text/turtle"));
    }

    @Test
    void refusesAnEmptyOffer() {
        assertThatThrownBy(() -> Conneg.choose("*/*", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no representations");
    }
}
