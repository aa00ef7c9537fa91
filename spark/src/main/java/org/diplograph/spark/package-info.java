/**
 * The Spark job: {@code extract} over a corpus on a cluster ({@link org.diplograph.spark.ExtractJob}), started by
 * {@code spark-submit --class org.diplograph.spark.SparkMain}. Articles are read and extracted by the main
 * artifact's classes; Spark, Scala and Hadoop come from the cluster.
 */
package org.diplograph.spark;
