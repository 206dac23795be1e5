package com.jetops.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.security.Role;
import com.jetops.platform.security.TokenMinter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in a real browser: Debian's headless Chromium driven by Selenium, against the
 * gateway in front of the two real apps. It signs in (enrolling an authenticator on the way),
 * reads the board, quotes and books a flight, watches the booking's status change live when a
 * leg is reported through the API, searches, reads the audit timeline and a past state, and
 * opens the map and the finance charts. Each step leaves a screenshot in target/screenshots.
 */
class ConsoleBrowserIT {
    private static final String DB_URL = env("JETOPS_TEST_DB_URL", "jdbc:postgresql://localhost:5432/jetops_test");
    private static final String ES_URL = env("JETOPS_TEST_ES_URL", "http://localhost:9200");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "Bearer " + TokenMinter.development().mint(Role.SUPER_ADMIN, null);

    private static AppProcess commandSide;
    private static AppProcess querySide;
    private static AppProcess gateway;
    private static WebDriver browser;
    private static final List<Path> saved = new ArrayList<>();

    /** Made unique per run: the test database keeps earlier runs' aircraft, crew and users. */
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase(Locale.ROOT);
    private static final String TAIL = "N" + RUN.replaceAll("[^0-9A-Z]", "").substring(0, 4) + "C";
    private static final String USERNAME = "console-" + RUN.toLowerCase(Locale.ROOT) + "@test.jetops";
    private static final String PASSWORD = "Browser-Sign-In-Pass-7";
    private static String aircraftId;
    private static String clientId;
    private static String clientName;

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @BeforeAll
    static void startTheStackAndTheBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's headless Chromium: " + CHROMIUM + " and "
                    + CHROMEDRIVER + " are missing. Install them with: sudo apt-get install -y chromium chromium-driver "
                    + "(bin/jetops test does it when run as root).");
        }
        commandSide = new AppProcess("command-side", "jetops.commandSideJar",
                List.of("--spring.datasource.url=" + DB_URL));
        querySide = new AppProcess("query-side", "jetops.querySideJar",
                List.of("--spring.datasource.url=" + DB_URL, "--spring.elasticsearch.uris=" + ES_URL,
                        "--jetops.search.index-prefix=system-"));
        commandSide.start();
        querySide.start();
        gateway = new AppProcess("gateway", "jetops.gatewayJar",
                List.of("--jetops.gateway.command-uri=" + commandSide.baseUrl(),
                        "--jetops.gateway.query-uri=" + querySide.baseUrl()));
        gateway.start();
        createOperator();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--window-size=1366,900", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-gpu", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        for (AppProcess app : new AppProcess[] {gateway, querySide, commandSide}) {
            if (app != null) {
                app.stop();
            }
        }
        // CI keeps its log: the screenshots are listed where a reviewer finds them.
        System.out.println("console screenshots:");
        saved.forEach(path -> System.out.println("  " + path.toAbsolutePath()));
    }

    /** An aircraft with a legal crew at an airport of its own, a client, a flown and invoiced trip, a console user. */
    private static void createOperator() throws Exception {
        String base = "KACK";
        aircraftId = created(post("/aircraft", """
                {"tailNumber":"%s","manufacturer":"Cessna","model":"Citation Latitude","typeDesignator":"C68A",
                 "category":"MIDSIZE_JET","yearOfManufacture":2021,"seatingCapacity":9,"rangeNm":2700,
                 "cruiseSpeedKt":446,"hourlyRate":{"amount":"4700.00","currency":"USD"},"baseAirport":"%s",
                 "amenities":["wifi","flat floor"]}""".formatted(TAIL, base)), "aircraftId");
        for (String position : List.of("CAPTAIN", "FIRST_OFFICER")) {
            String crew = created(post("/crew", """
                    {"employeeId":"C-%s-%s","name":"%s %s","position":"%s","baseAirport":"%s",
                     "contact":{"phone":"+1 508 555 0100","emergencyContactName":"Kin","emergencyContactPhone":"+1 508 555 0101"}}"""
                    .formatted(RUN, position.charAt(0), position.equals("CAPTAIN") ? "Robin" : "Sasha", "Console" + RUN,
                            position, base)), "crewMemberId");
            String kind = position.equals("CAPTAIN") ? "AIRLINE_TRANSPORT_PILOT" : "COMMERCIAL_PILOT";
            expect2xx(post("/crew/" + crew + "/licences", """
                    {"kind":"%s","number":"FAA-%s","issuingAuthority":"FAA","expiresOn":"2035-01-15"}""".formatted(kind, RUN)));
            expect2xx(post("/crew/" + crew + "/medical", """
                    {"medicalClass":1,"expiresOn":"%s"}""".formatted(Instant.now().plus(300, ChronoUnit.DAYS).toString().substring(0, 10))));
            expect2xx(post("/crew/" + crew + "/type-ratings", "{\"typeDesignator\":\"C68A\"}"));
        }
        clientName = "Console Test " + RUN;
        clientId = created(post("/clients", """
                {"kind":"CORPORATE","companyName":"%s","contact":{"name":"Ada Console"},"email":"ops-%s@console.example",
                 "phone":"+1 508 555 0142","billingAddress":{"line1":"1 Main St","city":"Nantucket","postalCode":"02554","country":"US"}}"""
                .formatted(clientName, RUN.toLowerCase(Locale.ROOT))), "clientId");
        // A trip flown a moment ago, so revenue, utilization and the invoice list have something real.
        String flown = book(base, "KBOS", Instant.now().plus(3, ChronoUnit.HOURS));
        JsonNode legs = awaitStatus(flown, "CONFIRMED").get("legs");
        Instant at = Instant.now().minus(10L * legs.size() * 3 + 5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        for (JsonNode leg : legs) {
            int index = leg.get("index").asInt();
            expect2xx(post("/flights/" + flown + "/status",
                    "{\"legIndex\":%d,\"status\":\"DEPARTED\",\"at\":\"%s\"}".formatted(index, at)));
            at = at.plus(25, ChronoUnit.MINUTES);
            expect2xx(post("/flights/" + flown + "/status",
                    "{\"legIndex\":%d,\"status\":\"ARRIVED\",\"at\":\"%s\",\"airborneMinutes\":20}".formatted(index, at)));
            at = at.plus(5, ChronoUnit.MINUTES);
        }
        awaitStatus(flown, "INVOICED");
        // The console user: a Super Admin, who must enrol an authenticator at the first sign-in.
        expect2xx(post("/users", """
                {"username":"%s","role":"SUPER_ADMIN","password":"%s"}""".formatted(USERNAME, PASSWORD)));
    }

    private static String book(String from, String to, Instant departure) throws Exception {
        String quote = created(post("/flights/quote", """
                {"clientId":"%s","aircraftId":"%s","legs":[{"from":"%s","to":"%s","departure":"%s","passengers":1}]}"""
                .formatted(clientId, aircraftId, from, to, departure.truncatedTo(ChronoUnit.MINUTES))), "quoteId");
        return created(post("/flights", """
                {"quoteId":"%s","passengers":[{"name":"Ada Console","dateOfBirth":"1980-02-03","nationality":"US","passportNumber":"X%s1"}]}"""
                .formatted(quote, RUN)), "bookingId");
    }

    private static JsonNode awaitStatus(String bookingId, String status) {
        JsonNode[] view = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            HttpResponse<String> answer = get(querySide.baseUrl() + "/flights/" + bookingId);
            assertThat(answer.statusCode()).isEqualTo(200);
            view[0] = JSON.readTree(answer.body());
            assertThat(view[0].get("status").asText()).as(answer.body()).isEqualTo(status);
        });
        return view[0];
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(commandSide.baseUrl() + path)).header("Authorization", ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", ADMIN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void expect2xx(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.request().uri() + " → " + answer.body()).isBetween(200, 299);
    }

    private static String created(HttpResponse<String> answer, String field) throws Exception {
        expect2xx(answer);
        return JSON.readTree(answer.body()).get(field).asText();
    }

    @Test
    void anOperatorWorksThroughTheConsole() throws Exception {
        try {
            walkThroughTheConsole();
        } catch (Throwable failure) {
            screenshot("failure");   // what the browser showed when it went wrong
            throw failure;
        }
    }

    private void walkThroughTheConsole() throws Exception {
        // Live pages redraw as events arrive: an element found a moment ago may be replaced.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);

        // Sign in; a Super Admin without an authenticator enrols one first (the secret is on screen).
        browser.get(gateway.baseUrl() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(USERNAME);
        browser.findElement(By.name("password")).sendKeys(PASSWORD, Keys.ENTER);
        WebElement secret = wait.until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector(".secret"));
            return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0);
        });
        String base32 = secret.getText().lines().findFirst().orElseThrow().strip();
        browser.findElement(By.name("code")).sendKeys(totp(base32), Keys.ENTER);

        // The board (today and tomorrow) loads and goes live.
        wait.until(ExpectedConditions.urlContains("#/board"));
        wait.until(d -> d.findElement(By.cssSelector(".live")).getAttribute("data-state").equals("live"));
        screenshot("01-board");

        // Quote and book a flight for tomorrow on our aircraft.
        browser.findElement(By.linkText("New quote")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quote-client option")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quote-aircraft option[value='" + aircraftId + "']")));
        new Select(browser.findElement(By.id("quote-client"))).selectByValue(clientId);
        new Select(browser.findElement(By.id("quote-aircraft"))).selectByValue(aircraftId);
        setValue("quote-from", "KACK");
        setValue("quote-to", "KTEB");
        setValue("quote-passengers", "2");
        browser.findElement(By.cssSelector("input[value='CATERING']")).click();
        browser.findElement(By.id("request-quote")).click();
        WebElement total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quote-total")));
        assertThat(total.getText()).contains("$");
        assertThat(browser.findElement(By.id("quote-offer")).getText()).contains(TAIL).contains("Catering");
        for (int i = 0; i < 2; i++) {
            browser.findElement(By.id("pax-" + i + "-name")).sendKeys(i == 0 ? "Ada Lovelace" : "Charles Babbage");
            setValue("pax-" + i + "-dob", i == 0 ? "1985-12-10" : "1979-12-26");
            browser.findElement(By.id("pax-" + i + "-passport")).sendKeys("P" + RUN + i);
        }
        screenshot("02-quote");
        browser.findElement(By.id("book")).click();
        wait.until(ExpectedConditions.urlContains("#/booking/"));
        String bookingId = browser.getCurrentUrl().replaceAll(".*#/booking/", "");
        // The saga confirms it; the page shows that without a reload.
        wait.until(d -> "CONFIRMED".equals(d.findElement(By.id("booking-status")).getAttribute("data-status")));
        wait.until(d -> d.findElement(By.id("booking-details")).getText().contains(TAIL)
                && d.findElement(By.id("booking-details")).getText().contains("Robin"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit-timeline li")));

        // On the board, the status changes live when operations report the first leg through the API.
        browser.findElement(By.linkText("Operations")).click();
        By row = By.cssSelector("tr[data-booking-id='" + bookingId + "'] [data-role='booking-status']");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        wait.until(d -> "CONFIRMED".equals(d.findElement(row).getAttribute("data-status")));
        ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");
        expect2xx(post("/flights/" + bookingId + "/status",
                "{\"legIndex\":0,\"status\":\"DEPARTED\",\"at\":\"%s\"}".formatted(Instant.now().minusSeconds(30)
                        .truncatedTo(ChronoUnit.SECONDS))));
        wait.until(d -> "IN_PROGRESS".equals(d.findElement(row).getAttribute("data-status")));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true;"))
                .as("the status changed without a reload").isEqualTo(true);
        screenshot("03-board-live");

        // The search box finds the aircraft by its tail number.
        WebElement box = browser.findElement(By.id("search-box"));
        box.sendKeys(TAIL, Keys.ENTER);
        wait.until(d -> d.findElement(By.id("search-results")).getText().contains(TAIL));
        screenshot("04-search");

        // The booking's audit timeline names who did what, and "as of" shows it as it was.
        browser.get(gateway.baseUrl() + "/#/booking/" + bookingId);
        wait.until(d -> d.findElements(By.cssSelector("#audit-timeline li")).size() >= 3);
        String timeline = browser.findElement(By.id("audit-timeline")).getText();
        assertThat(timeline).contains("Booking Requested").contains(USERNAME).contains("Leg Departed");
        browser.findElement(By.cssSelector("form.card button[type='submit']"));
        WebElement asOfButton = browser.findElement(By.xpath("//button[normalize-space()='Show as of']"));
        asOfButton.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("as-of-status")));
        assertThat(browser.findElement(By.id("as-of-status")).getAttribute("data-status"))
                .as("a second after it was requested, the booking had not departed: a past state, not today's")
                .isIn("REQUESTED", "CONFIRMED");
        scrollTo("as-of-result");
        screenshot("05-booking-as-of");
        scrollTo("audit-timeline");
        screenshot("06-booking-audit");

        // The map draws the fleet offline on the bundled outline, and lists it as text.
        browser.findElement(By.linkText("Map")).click();
        wait.until(d -> d.findElement(By.id("map-legend")).getText().contains(TAIL));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#fleet-map canvas")));
        // A feed reports the aircraft in the air off Cape Cod: the open map moves it, without a reload.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        expect2xx(post("/aircraft/" + aircraftId + "/positions", """
                {"positions":[
                  {"time":"%s","lat":41.3712,"lon":-70.1655,"altitudeFt":9500,"groundSpeedKt":310,"heading":300,"source":"ads-b"},
                  {"time":"%s","lat":41.4521,"lon":-70.4210,"altitudeFt":11000,"groundSpeedKt":330,"heading":301,"source":"ads-b"}]}"""
                .formatted(now.minusSeconds(20), now.minusSeconds(10))));
        wait.until(d -> d.findElement(By.id("map-legend")).getText().contains("41.45, -70.42"));
        Thread.sleep(1000);   // the chart animates in
        screenshot("07-map");

        // Finance charts with the flown trip's invoice in them.
        browser.findElement(By.linkText("Finance")).click();
        wait.until(d -> "true".equals(d.findElement(By.cssSelector("section.page")).getAttribute("data-loaded")));
        assertThat(browser.findElement(By.id("kpi-revenue")).getText()).doesNotContain("$0.00");
        assertThat(browser.findElement(By.id("outstanding")).getText()).contains("JET-");
        Thread.sleep(1000);
        screenshot("08-finance");

        // The fleet table and the crew roster, for the record.
        browser.findElement(By.linkText("Fleet")).click();
        wait.until(d -> d.findElement(By.id("fleet")).getText().contains(TAIL));
        screenshot("09-fleet");
        browser.findElement(By.linkText("Crew")).click();
        wait.until(d -> d.findElement(By.id("roster")).getText().contains("Console" + RUN));
        screenshot("10-crew");
    }

    /** Sets an input's value as a user would (datetime and date inputs do not take keystrokes portably). */
    private static void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript(
                "const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                        + "e.dispatchEvent(new Event('input', {bubbles: true}));", id, value);
    }

    private static void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).closest('div, section').scrollIntoView({block: 'start'});", id);
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                StandardCopyOption.REPLACE_EXISTING);
        saved.add(file);
    }

    /** RFC 6238: the current 6-digit code of a base32 secret, as an authenticator app computes it. */
    static String totp(String base32) throws Exception {
        byte[] key = base32Decode(base32);
        long counter = Instant.now().getEpochSecond() / 30;
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static byte[] base32Decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
