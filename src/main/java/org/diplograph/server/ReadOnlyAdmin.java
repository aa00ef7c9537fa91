package org.diplograph.server;

import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * The part of Fuseki's admin module ({@code FMod_Admin}) that the UI needs, with its work area in a folder we choose.
 *
 * <p>{@code FMod_UI} only starts when a {@link FusekiServerCtl} is registered, which {@code FMod_Admin} does; but
 * FMod_Admin takes its work area only from {@code $FUSEKI_BASE} (environment or system property, default
 * {@code ./run}) or its command-line flag, and opens {@code /$/server}, {@code /$/backup*}, {@code /$/compact},
 * {@code /$/tasks} and dataset creation/deletion to anyone. This module registers the server control over
 * {@code area}, the server description ({@code /$/server}: version, uptime, datasets and endpoints; the UI's
 * dataset list and dataset pages read it), the dataset list ({@code /$/datasets}), ping and stats;
 * {@link AdminGuardFilter} refuses everything there but GET and HEAD.
 * Module order matters: list it before {@code FMod_UI}.
 */
final class ReadOnlyAdmin implements FusekiModule {
    private final Path area;

    ReadOnlyAdmin(Path area) {
        this.area = area;
    }

    @Override
    public String name() {
        return "diplograph read-only admin";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        FusekiServerCtl serverCtl = new FusekiServerCtl(area);
        serverCtl.setup();
        builder.addServletAttribute(Fuseki.attrFusekiServerCtl, serverCtl)
               .addServlet("/$/datasets/*", new ActionDatasets())
               .addServlet("/$/server", new ActionServerStatus())
               .enablePing(true)
               .enableStats(true);
    }
}
