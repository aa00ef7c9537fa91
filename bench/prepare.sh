# Sourced by the benchmark scripts (W set to their work folder): builds the jar and the test classes offline, then
# runs them from a copy in $W/bin, so that rebuilding during a long run does not pull them from under the JVM.
# Sets JAR (the runnable jar) and CP (jar and test classes, for the benchmark mains under src/test/java).
mvn -q -o -DskipTests package
mvn -q -o test-compile
rm -rf "$W/bin" && mkdir -p "$W/bin" && cp target/diplograph.jar "$W/bin/" && cp -r target/test-classes "$W/bin/"
JAR=$W/bin/diplograph.jar
CP=$JAR:$W/bin/test-classes
