package org.diplograph.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.diplograph.model.Problem;

/**
 * A record the job could not turn into an article graph: where it is and why. It never fails the job.
 *
 * @param file   the input URI
 * @param record where in the file: {@code L7} (line 7 of JSON Lines), {@code R3} (WARC record 3), or null for the whole file
 * @param stage  {@code read} (the file or record could not be read as an article) or {@code extract}
 * @param reason the problem, one line
 */
record BadRecord(String file, String record, String stage, String reason) implements Serializable {
    /** The schema of the bad-records table. */
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("record", DataTypes.StringType, true),
            DataTypes.createStructField("stage", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false)));

    /** A problem reported by the article reader or the extractor; its source is {@code FILE} or {@code FILE#L7}. */
    static BadRecord of(Problem p, String stage) {
        String source = p.source();
        int hash = source.lastIndexOf('#');
        return hash < 0 ? new BadRecord(source, null, stage, p.message())
                : new BadRecord(source.substring(0, hash), source.substring(hash + 1), stage, p.message());
    }
}
