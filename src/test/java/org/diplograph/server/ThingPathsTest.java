package org.diplograph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.model.Role;
import org.diplograph.rdf.DGC;
import org.diplograph.rdf.Iris;
import org.diplograph.server.Conneg.Representation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("issue-12")
class ThingPathsTest {
    private final Iris iris = Iris.withBase("http://example.org/kg/");
    private final ThingPaths paths = new ThingPaths(iris);

    @Test
    void thingsKeepTheirIrisAndTheirDocumentsAreUnderPageAndData() {
        Node rus = iris.state("RUS");
        assertThat(paths.thing("/id", "state/RUS")).isEqualTo(rus);
        assertThat(paths.local(rus)).isEqualTo("/id/state/RUS");
        assertThat(paths.page(rus)).isEqualTo("/page/state/RUS");
        assertThat(paths.data(rus, Representation.RDFXML)).isEqualTo("/data/state/RUS.rdf");
        assertThat(paths.thingOfDocument("state/RUS")).isEqualTo(rus);
    }

    @Test
    void conceptsKeepTheirFixedNamespaceWhateverTheBase() {
        Node spokesperson = DGC.role(Role.SPOKESPERSON).asNode();
        assertThat(paths.thing("/concept", "role/spokesperson")).isEqualTo(spokesperson);
        assertThat(paths.local(spokesperson)).isEqualTo("/concept/role/spokesperson");
        assertThat(paths.document(spokesperson, Representation.HTML)).isEqualTo("/page/concept/role/spokesperson");
        assertThat(paths.document(spokesperson, Representation.TURTLE)).isEqualTo("/data/concept/role/spokesperson.ttl");
        assertThat(paths.thingOfDocument("concept/role/spokesperson")).isEqualTo(spokesperson);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "state/../../etc", "./state", "state/.hidden", "state/RUS x", "state//RUS", "state/RUS/", "a<b"})
    void pathsThatNameNothingOfOursAreRefused(String rest) {
        assertThat(paths.thing("/id", rest)).isNull();
        assertThat(paths.thingOfDocument(rest)).isNull();
    }

    @Test
    void irisElsewhereHaveNoLocalDocument() {
        Node wikidata = NodeFactory.createURI("http://www.wikidata.org/entity/Q159");
        assertThat(paths.local(wikidata)).isNull();
        assertThat(paths.page(wikidata)).isNull();
        assertThatThrownBy(() -> paths.data(iris.state("RUS"), Representation.HTML)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an RDF representation");
    }
}
