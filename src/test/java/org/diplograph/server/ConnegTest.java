package org.diplograph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.diplograph.server.Conneg.Representation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
            "'text/turtle;q=abc' | NONE"})
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
    void refusesAnEmptyOffer() {
        assertThatThrownBy(() -> Conneg.choose("*/*", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no representations");
    }
}
