# One image recipe for the two apps and the gateway:
#   docker build --build-arg MODULE=command-side -t jetops/command-side .
#   docker build --build-arg MODULE=query-side   -t jetops/query-side .
#   docker build --build-arg MODULE=gateway      -t jetops/gateway .
# docker-compose.yml passes MODULE for each service.

# --- build: Maven on Temurin 17 builds the module and what it depends on --------------------
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
RUN test -n "$MODULE" || (echo "build with --build-arg MODULE=command-side|query-side|gateway" >&2; exit 1)
WORKDIR /src
COPY . .
RUN mvn -B -q -pl "$MODULE" -am -DskipTests package \
 && cp "$MODULE/target/$MODULE.jar" /app.jar

# --- run: a JRE only, as an unprivileged user -----------------------------------------------
FROM eclipse-temurin:17-jre
ARG MODULE
LABEL org.opencontainers.image.title="jetops-${MODULE}"
# The position archive's directory is the app user's, so a named volume mounted there is writable.
RUN groupadd --system jetops && useradd --system --gid jetops --home-dir /app --shell /usr/sbin/nologin jetops \
 && install -d -o jetops -g jetops /var/lib/jetops/positions-archive
WORKDIR /app
COPY --from=build --chown=jetops:jetops /app.jar /app/app.jar
USER jetops
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
# The image has curl (docker-compose.yml's health checks use it on /actuator/health).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
