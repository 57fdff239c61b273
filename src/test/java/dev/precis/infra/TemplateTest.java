package dev.precis.infra;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.function.PrecisConfig;
import dev.precis.function.SummarizeFunction;
import dev.precis.function.chat.DiscordFunction;
import dev.precis.function.chat.MattermostFunction;
import dev.precis.function.ingest.IngestFunction;
import dev.precis.function.ingest.IngestLayout;
import dev.precis.function.slack.SlackFunction;
import dev.precis.function.teams.TeamsFunction;
import io.quarkus.funqy.Funq;
import io.smallrye.config.WithDefault;

/** Reads infra/template.yaml and checks the wiring a deploy depends on. */
class TemplateTest {

    private static final String HANDLER = "dev.precis.function.PrecisStreamHandler::handleRequest";
    private static Map<String, Object> template;
    private static Map<String, Object> resources;

    @BeforeAll
    static void load() throws IOException {
        template = CloudFormationYaml.load(Path.of("infra", "template.yaml"));
        resources = map(template.get("Resources"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertTrue(o instanceof List, "expected a list, got " + o);
        return (List<Object>) o;
    }

    private static Map<String, Object> props(String resource) {
        Map<String, Object> r = map(resources.get(resource));
        assertNotNull(r, resource);
        return map(r.get("Properties"));
    }

    private static Map<String, Object> ref(String name) {
        return Map.of("Ref", name);
    }

    private static Map<String, Object> sub(String s) {
        return Map.of("Fn::Sub", s);
    }

    private static Map<String, Object> resourcesOfType(String type) {
        Map<String, Object> out = new HashMap<>();
        resources.forEach((k, v) -> {
            if (type.equals(map(v).get("Type"))) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String parameterDefault(String name) {
        return String.valueOf(map(map(template.get("Parameters")).get(name)).get("Default"));
    }

    private static Set<String> funqNames(Class<?>... classes) {
        Set<String> names = new TreeSet<>();
        for (Class<?> c : classes) {
            for (var m : c.getMethods()) {
                Funq f = m.getAnnotation(Funq.class);
                if (f != null) {
                    names.add(f.value().isEmpty() ? m.getName() : f.value());
                }
            }
        }
        return names;
    }

    private static String export(String function) {
        return String.valueOf(map(map(props(function).get("Environment")).get("Variables")).get("QUARKUS_FUNQY_EXPORT"));
    }

    @Test
    void everyFunctionRunsItsArtifactOnJava21WithSnapStartAndExportsARealFunction() {
        Map<String, Object> globals = map(map(template.get("Globals")).get("Function"));
        assertEquals(HANDLER, globals.get("Handler"));
        // The handler must be a class and method the artifact really holds.
        String[] handler = HANDLER.split("::");
        assertDoesNotThrow(() -> Class.forName(handler[0]).getMethod(handler[1], java.io.InputStream.class,
                java.io.OutputStream.class, com.amazonaws.services.lambda.runtime.Context.class));
        assertEquals("java21", globals.get("Runtime"));
        // The core artifact (./mvnw package -Dcore) by default; only Slack's carries the REST client.
        assertEquals("../target/core/function.zip", globals.get("CodeUri"));
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), globals.get("SnapStart"));
        assertEquals("live", globals.get("AutoPublishAlias"));
        assertEquals(ref("MemorySize"), globals.get("MemorySize"));
        assertEquals(ref("Timeout"), globals.get("Timeout"));

        Map<String, Object> functions = resourcesOfType("AWS::Serverless::Function");
        assertEquals(Set.of("SummarizeFunction", "SlackFunction", "IngestFunction", "DiscordFunction",
                "MattermostFunction", "TeamsFunction"), functions.keySet());
        // Only the adapters that answer through webhooks (the REST client) run the larger artifact.
        Set<String> withRestClient = Set.of("SlackFunction", "DiscordFunction", "MattermostFunction");
        Set<String> exports = new TreeSet<>();
        for (String f : functions.keySet()) {
            Map<String, Object> p = props(f);
            assertFalse(p.containsKey("Handler") || p.containsKey("Runtime"), f + " must not override the handler");
            assertEquals(withRestClient.contains(f) ? "../target/function.zip" : null, p.get("CodeUri"), f);
            exports.add(export(f));
        }
        assertEquals(funqNames(SummarizeFunction.class, SlackFunction.class, IngestFunction.class,
                DiscordFunction.class, MattermostFunction.class, TeamsFunction.class), exports);
        assertEquals("summarize", export("SummarizeFunction"));
        assertEquals("slack", export("SlackFunction"));
        assertEquals("ingest", export("IngestFunction"));
        assertEquals("discord", export("DiscordFunction"));
        assertEquals("mattermost", export("MattermostFunction"));
        assertEquals("teams", export("TeamsFunction"));
    }

    /** Route key → the function (alias) its integration invokes. */
    private static Map<String, Object> routes() {
        Map<String, Object> routes = new HashMap<>();
        resourcesOfType("AWS::ApiGatewayV2::Route").forEach((name, r) -> {
            Map<String, Object> p = map(map(r).get("Properties"));
            String target = String.valueOf(map(p.get("Target")).get("Fn::Sub"));
            String integration = target.replace("integrations/${", "").replace("}", "");
            Map<String, Object> ip = props(integration);
            assertEquals("AWS_PROXY", ip.get("IntegrationType"));
            assertEquals("2.0", ip.get("PayloadFormatVersion"), "the handlers read payload format 2.0");
            routes.put(String.valueOf(p.get("RouteKey")), ip.get("IntegrationUri"));
        });
        return routes;
    }

    @Test
    void theHttpApiRoutesReachTheirFunctionsAndMayInvokeThem() {
        assertEquals(Map.of(
                "POST /summarize", ref("SummarizeFunctionAliaslive"),
                "GET /summarize", ref("SummarizeFunctionAliaslive"),
                "POST /slack", ref("SlackFunctionAliaslive"),
                "POST /discord", ref("DiscordFunctionAliaslive"),
                "POST /mattermost", ref("MattermostFunctionAliaslive"),
                "POST /teams", ref("TeamsFunctionAliaslive")), routes());
        Map<Object, String> permitted = new HashMap<>();
        resourcesOfType("AWS::Lambda::Permission").forEach((name, r) -> {
            Map<String, Object> p = map(map(r).get("Properties"));
            if (!"apigateway.amazonaws.com".equals(p.get("Principal")) || name.startsWith("Rest")) {
                return;
            }
            permitted.put(p.get("FunctionName"), String.valueOf(map(p.get("SourceArn")).get("Fn::Sub")));
        });
        assertTrue(permitted.get(ref("SummarizeFunctionAliaslive")).endsWith("${HttpApi}/*/*/summarize"));
        assertTrue(permitted.get(ref("SlackFunctionAliaslive")).endsWith("${HttpApi}/*/*/slack"));
        for (String chat : List.of("Discord", "Mattermost", "Teams")) {
            assertTrue(permitted.get(ref(chat + "FunctionAliaslive"))
                    .endsWith("${HttpApi}/*/*/" + chat.toLowerCase(java.util.Locale.ROOT)), chat);
        }
        // Each platform must hear back within its own deadline: Discord 3 s, Mattermost like Slack, Teams 5 s.
        assertEquals(3000, props("DiscordIntegration").get("TimeoutInMillis"));
        assertEquals(3000, props("MattermostIntegration").get("TimeoutInMillis"));
        assertEquals(5000, props("TeamsIntegration").get("TimeoutInMillis"));
    }

    @Test
    void theSummarizeRoutesRequireAuthWhenConfiguredAndTheStageIsThrottled() {
        resourcesOfType("AWS::ApiGatewayV2::Route").forEach((name, r) -> {
            Map<String, Object> p = map(map(r).get("Properties"));
            if (String.valueOf(p.get("RouteKey")).endsWith("/summarize")) {
                assertEquals(Map.of("Fn::If", List.of("HasHttpApiAuth", "JWT", "NONE")), p.get("AuthorizationType"), name);
                assertEquals(Map.of("Fn::If", List.of("HasHttpApiAuth", ref("JwtAuthorizer"), ref("AWS::NoValue"))),
                        p.get("AuthorizerId"), name);
            } else {
                // Slack cannot send a JWT; its requests are authenticated by their signature instead.
                assertEquals("NONE", p.get("AuthorizationType"), name);
            }
        });
        Map<String, Object> settings = map(props("HttpApiStage").get("DefaultRouteSettings"));
        assertEquals(ref("ThrottlingRateLimit"), settings.get("ThrottlingRateLimit"));
        assertEquals(ref("ThrottlingBurstLimit"), settings.get("ThrottlingBurstLimit"));
        assertTrue(map(props("HttpApi").get("CorsConfiguration")).containsKey("Fn::If"), "CORS is configurable");
    }

    @Test
    void uploadsFlowFromThePrefixFilteredNotificationThroughTheQueueToIngest() {
        List<Object> byRoute = list(map(map(props("ArticleBucket").get("NotificationConfiguration"))
                .get("QueueConfigurations")).get("Fn::If"));
        assertEquals(List.of("UseEventBridge", ref("AWS::NoValue")), byRoute.subList(0, 2),
                "bucket notifications only when uploads do not go through EventBridge");
        Map<String, Object> queueConfig = map(list(byRoute.get(2)).get(0));
        assertEquals("s3:ObjectCreated:*", queueConfig.get("Event"));
        assertEquals(Map.of("Fn::GetAtt", List.of("UploadQueue", "Arn")), queueConfig.get("Queue"));
        List<Object> rules = list(map(map(queueConfig.get("Filter")).get("S3Key")).get("Rules"));
        assertEquals(List.of(Map.of("Name", "prefix", "Value", ref("InputPrefix"))), rules);

        Map<String, Object> event = map(map(map(props("IngestFunction").get("Events")).get("Uploads")));
        assertEquals("SQS", event.get("Type"));
        Map<String, Object> ep = map(event.get("Properties"));
        assertEquals(Map.of("Fn::GetAtt", List.of("UploadQueue", "Arn")), ep.get("Queue"));
        assertEquals(List.of("ReportBatchItemFailures"), ep.get("FunctionResponseTypes"));

        Map<String, Object> redrive = map(props("UploadQueue").get("RedrivePolicy"));
        assertEquals(Map.of("Fn::GetAtt", List.of("UploadDeadLetterQueue", "Arn")), redrive.get("deadLetterTargetArn"));
        Map<String, Object> alarm = props("DeadLetterAlarm");
        assertEquals(Map.of("Fn::GetAtt", List.of("UploadDeadLetterQueue", "QueueName")),
                map(list(alarm.get("Dimensions")).get(0)).get("Value"));
        assertEquals("GreaterThanThreshold", alarm.get("ComparisonOperator"));
    }

    @Test
    void theQueueVisibilityIsDerivedFromTheTimeoutAndNeverShorter() {
        Map<String, Object> timeout = map(map(template.get("Parameters")).get("Timeout"));
        assertFalse(map(template.get("Parameters")).containsKey("QueueVisibilityTimeout"), "no second knob to get wrong");
        Map<String, Object> visibility = map(map(template.get("Mappings")).get("QueueVisibility"));
        List<Object> allowed = list(timeout.get("AllowedValues"));
        assertTrue(allowed.contains(Integer.parseInt(parameterDefault("Timeout"))));
        for (Object t : allowed) {
            int seconds = Integer.parseInt(String.valueOf(t));
            assertTrue(seconds > 10, "a timeout of " + seconds + " s leaves the 10 s fetch no room");
            int derived = ((Number) map(visibility.get(String.valueOf(seconds))).get("Seconds")).intValue();
            assertTrue(derived >= 6 * seconds && derived <= 43_200, seconds + " s -> " + derived + " s");
        }
        assertEquals(Map.of("Fn::FindInMap", List.of("QueueVisibility", ref("Timeout"), "Seconds")),
                props("UploadQueue").get("VisibilityTimeout"));
    }

    @Test
    void theBucketAndQueuesOutliveTheStack() {
        for (String name : List.of("ArticleBucket", "UploadQueue", "UploadDeadLetterQueue")) {
            Map<String, Object> resource = map(resources.get(name));
            assertEquals("Retain", resource.get("DeletionPolicy"), name);
            assertEquals("Retain", resource.get("UpdateReplacePolicy"), name);
        }
    }

    @Test
    void aJwtIssuerNeedsAnAudience() {
        Map<String, Object> rule = map(map(template.get("Rules")).get("AudienceWithIssuer"));
        assertEquals(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(ref("JwtIssuer"), "")))),
                rule.get("RuleCondition"));
        assertEquals(Map.of("Fn::Not", List.of(Map.of("Fn::Contains", List.of(ref("JwtAudience"), "")))),
                map(list(rule.get("Assertions")).get(0)).get("Assert"));
    }

    /** The ingest setting's default, as its one home (PrecisConfig) declares it. */
    private static String functionDefault(String member) throws NoSuchMethodException {
        return PrecisConfig.Ingest.class.getMethod(member).getAnnotation(WithDefault.class).value();
    }

    @Test
    void thePrefixesCannotTriggerThemselvesAndMatchTheFunctionsDefaults() throws ReflectiveOperationException {
        String in = parameterDefault("InputPrefix");
        String out = parameterDefault("OutputPrefix");
        String err = parameterDefault("ErrorPrefix");
        // The layout refuses overlapping prefixes, the property that keeps outputs from re-triggering.
        new IngestLayout(in, out, err, 1);
        assertEquals(functionDefault("inputPrefix"), in);
        assertEquals(functionDefault("outputPrefix"), out);
        assertEquals(functionDefault("errorPrefix"), err);
        Map<String, Object> env = map(map(props("IngestFunction").get("Environment")).get("Variables"));
        assertEquals(ref("InputPrefix"), env.get("PRECIS_INGEST_INPUT_PREFIX"));
        assertEquals(ref("OutputPrefix"), env.get("PRECIS_INGEST_OUTPUT_PREFIX"));
        assertEquals(ref("ErrorPrefix"), env.get("PRECIS_INGEST_ERROR_PREFIX"));
    }

    private static List<Map<String, Object>> statements(String function) {
        List<Map<String, Object>> out = new ArrayList<>();
        Object policies = props(function).get("Policies");
        if (policies != null) {
            for (Object p : list(policies)) {
                for (Object s : list(map(p).get("Statement"))) {
                    out.add(map(s));
                }
            }
        }
        return out;
    }

    private static List<Object> asList(Object o) {
        return o instanceof List<?> l ? new ArrayList<>(l) : List.of(o);
    }

    @Test
    void ingestMayReadTheInputPrefixAndWriteOnlyTheOutputAndErrorPrefixes() {
        Map<String, Set<Object>> granted = new HashMap<>();
        for (Map<String, Object> s : statements("IngestFunction")) {
            assertEquals("Allow", s.get("Effect"));
            for (Object action : asList(s.get("Action"))) {
                granted.computeIfAbsent(String.valueOf(action), k -> new HashSet<>()).addAll(asList(s.get("Resource")));
                if (action.equals("s3:ListBucket")) {
                    // A prefix condition turns a vanished upload's 404 into a 403 retried to the DLQ.
                    assertEquals(null, s.get("Condition"));
                }
            }
        }
        assertEquals(Set.of("s3:GetObject", "s3:ListBucket", "s3:PutObject"), granted.keySet());
        assertEquals(Set.of(sub("arn:${AWS::Partition}:s3:::${BucketName}/${InputPrefix}*")), granted.get("s3:GetObject"));
        assertEquals(Set.of(sub("arn:${AWS::Partition}:s3:::${BucketName}/${OutputPrefix}*"),
                sub("arn:${AWS::Partition}:s3:::${BucketName}/${ErrorPrefix}*")), granted.get("s3:PutObject"));
    }

    @Test
    void noFunctionHoldsMoreThanItNeeds() {
        assertTrue(statements("SummarizeFunction").isEmpty(), "summarize touches no AWS resource");
        List<Map<String, Object>> slack = statements("SlackFunction");
        assertEquals(2, slack.size());
        assertEquals("lambda:InvokeFunction", slack.get(0).get("Action"));
        assertEquals(sub("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${AWS::StackName}-slack:live"),
                slack.get(0).get("Resource"));
        assertEquals("ssm:GetParameter", slack.get(1).get("Action"));
        assertEquals(sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${SlackSigningSecretParameter}"),
                slack.get(1).get("Resource"));
        assertEquals(sub("${AWS::StackName}-slack"), props("SlackFunction").get("FunctionName"));
        for (String chat : List.of("discord", "mattermost")) {
            String f = Character.toUpperCase(chat.charAt(0)) + chat.substring(1) + "Function";
            List<Map<String, Object>> st = statements(f);
            assertEquals(1, st.size(), f);
            assertEquals("lambda:InvokeFunction", st.get(0).get("Action"), f);
            assertEquals(sub("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${AWS::StackName}-"
                    + chat + ":live"), st.get(0).get("Resource"), f);
            assertEquals(sub("${AWS::StackName}-" + chat), props(f).get("FunctionName"));
        }
        assertTrue(statements("TeamsFunction").isEmpty(), "teams touches no AWS resource");
        String text = String.valueOf(resources);
        assertFalse(text.contains("s3:*") || text.contains("lambda:*") || text.contains("sqs:*"), "no wildcard actions");
        assertFalse(text.contains("Resource=*"), "no wildcard resources");
    }

    @Test
    void theSlackSecretIsReadFromSsmAndNoEnvironmentVariableHoldsIt() {
        assertFalse(map(template.get("Parameters")).containsKey("SlackSigningSecret"), "no plain secret parameter");
        Map<String, Object> env = map(map(props("SlackFunction").get("Environment")).get("Variables"));
        assertFalse(env.containsKey("PRECIS_SLACK_SIGNING_SECRET"), "the function's configuration shows its variables");
        assertEquals(ref("SlackSigningSecretParameter"), env.get("PRECIS_SLACK_SIGNING_SECRET_PARAMETER"));
        assertFalse(String.valueOf(template).contains("{{resolve:"), "a dynamic reference would land in a variable too");
        for (String f : List.of("SummarizeFunction", "IngestFunction")) {
            assertFalse(String.valueOf(props(f)).contains("SlackSigningSecret"), f);
        }
    }

    @Test
    void eachChatSecretIsAHiddenParameterReachingOnlyItsFunction() {
        Map<String, String> secretOf = Map.of("MattermostTokens", "MattermostFunction",
                "TeamsSecurityToken", "TeamsFunction");
        secretOf.forEach((secret, function) -> {
            assertEquals(true, map(map(template.get("Parameters")).get(secret)).get("NoEcho"), secret);
            for (String f : resourcesOfType("AWS::Serverless::Function").keySet()) {
                assertEquals(f.equals(function), String.valueOf(props(f)).contains("Ref=" + secret), f + " " + secret);
            }
        });
        // Discord's is a public key: nothing to hide, and only the Discord function reads it.
        for (String f : resourcesOfType("AWS::Serverless::Function").keySet()) {
            assertEquals(f.equals("DiscordFunction"), String.valueOf(props(f)).contains("Ref=DiscordPublicKey"), f);
        }
    }

    @Test
    void s3BatchOperationsMayInvokeOnlyTheIngestFunction() {
        Map<String, Object> role = props("BatchOperationsRole");
        assertTrue(String.valueOf(role.get("AssumeRolePolicyDocument")).contains("batchoperations.s3.amazonaws.com"));
        List<Object> statements = list(map(map(list(role.get("Policies")).get(0)).get("PolicyDocument")).get("Statement"));
        Map<String, Object> invoke = map(statements.get(0));
        assertEquals("lambda:InvokeFunction", invoke.get("Action"));
        assertEquals(ref("IngestFunctionAliaslive"), invoke.get("Resource"));
    }

    @Test
    void theSlackManifestPointsAtTheSlackRoute() throws IOException {
        Map<String, Object> manifest = CloudFormationYaml.load(Path.of("infra", "slack-app-manifest.yaml"));
        Map<String, Object> command = map(list(map(manifest.get("features")).get("slash_commands")).get(0));
        assertEquals("/summarize", command.get("command"));
        assertTrue(String.valueOf(command.get("url")).endsWith("/slack"));
        assertEquals(List.of("commands"), map(map(manifest.get("oauth_config")).get("scopes")).get("bot"));
    }

    private static Object condition(String resource) {
        return map(resources.get(resource)).get("Condition");
    }

    private static Map<String, Object> conditionDef(String name) {
        return map(map(template.get("Conditions")).get(name));
    }

    @Test
    void theSummarizeEndpointIsChosenByParameterWithTheHttpApiAsDefault() {
        Map<String, Object> param = map(map(template.get("Parameters")).get("SummarizeEndpoint"));
        assertEquals("HttpApi", param.get("Default"));
        assertEquals(List.of("HttpApi", "RestApi", "FunctionUrl"), param.get("AllowedValues"));
        assertEquals(Map.of("Fn::Equals", List.of(ref("SummarizeEndpoint"), "HttpApi")), conditionDef("UseHttpApi"));
        for (String r : List.of("SummarizeIntegration", "SummarizePostRoute", "SummarizeGetRoute", "SummarizeApiPermission")) {
            assertEquals("UseHttpApi", condition(r), r);
        }
        Map<String, Object> rest = resourcesOfType("AWS::ApiGateway::RestApi");
        rest.putAll(resourcesOfType("AWS::ApiGateway::Method"));
        rest.putAll(resourcesOfType("AWS::ApiGateway::UsagePlan"));
        rest.putAll(resourcesOfType("AWS::ApiGateway::ApiKey"));
        assertEquals(5, rest.size(), rest.keySet().toString());
        rest.keySet().forEach(r -> assertEquals("UseRestApi", condition(r), r));
        assertEquals("UseFunctionUrl", condition("SummarizeFunctionUrl"));
        // The chat webhooks need the HTTP API whichever endpoint summarize uses.
        assertNull(condition("HttpApi"));
        assertNull(condition("SlackRoute"));
    }

    @Test
    void theRestApiRequiresAnApiKeyAndMetersItWithAThrottledQuotaedUsagePlan() {
        for (String m : List.of("RestSummarizePost", "RestSummarizeGet")) {
            Map<String, Object> p = props(m);
            assertEquals(true, p.get("ApiKeyRequired"), m);
            Map<String, Object> integration = map(p.get("Integration"));
            assertEquals("AWS_PROXY", integration.get("Type"), "the handler reads REST proxy events");
            assertTrue(String.valueOf(integration.get("Uri")).contains("${SummarizeFunctionAliaslive}/invocations"), m);
        }
        assertEquals(Set.of("POST", "GET"), Set.of(props("RestSummarizePost").get("HttpMethod"),
                props("RestSummarizeGet").get("HttpMethod")));
        Map<String, Object> plan = props("RestUsagePlan");
        assertEquals(Map.of("RateLimit", ref("UsagePlanRateLimit"), "BurstLimit", ref("UsagePlanBurstLimit")),
                plan.get("Throttle"));
        assertEquals(Map.of("Limit", ref("UsagePlanQuotaLimit"), "Period", ref("UsagePlanQuotaPeriod")), plan.get("Quota"));
        assertEquals(ref("RestStage"), map(list(plan.get("ApiStages")).get(0)).get("Stage"));
        assertEquals(ref("RestApiKey"), props("RestUsagePlanKey").get("KeyId"));
        assertEquals(ref("RestUsagePlan"), props("RestUsagePlanKey").get("UsagePlanId"));
        Map<String, Object> permission = props("RestSummarizePermission");
        assertEquals("apigateway.amazonaws.com", permission.get("Principal"));
        assertEquals(ref("SummarizeFunctionAliaslive"), permission.get("FunctionName"));
        assertTrue(String.valueOf(map(permission.get("SourceArn")).get("Fn::Sub")).endsWith("${RestApi}/v1/*/summarize"));
    }

    @Test
    void theFunctionUrlServesTheLiveAliasAndIsPublicOnlyWhenAskedFor() {
        Map<String, Object> url = props("SummarizeFunctionUrl");
        assertEquals(ref("SummarizeFunction"), url.get("TargetFunctionArn"));
        assertEquals("live", url.get("Qualifier"));
        assertEquals(ref("FunctionUrlAuthType"), url.get("AuthType"));
        assertEquals(List.of("AWS_IAM", "NONE"),
                map(map(template.get("Parameters")).get("FunctionUrlAuthType")).get("AllowedValues"));
        assertEquals("AWS_IAM", parameterDefault("FunctionUrlAuthType"));
        Set<String> publicOnes = new TreeSet<>();
        resourcesOfType("AWS::Lambda::Permission").forEach((name, r) -> {
            Map<String, Object> p = map(map(r).get("Properties"));
            if ("*".equals(p.get("Principal"))) {
                publicOnes.add(name);
                assertEquals("UsePublicFunctionUrl", map(r).get("Condition"), name);
                assertEquals(ref("SummarizeFunctionAliaslive"), p.get("FunctionName"), name);
            }
        });
        assertEquals(Set.of("SummarizeFunctionUrlPublicPermission", "SummarizeFunctionUrlPublicInvokePermission"),
                publicOnes);
        assertEquals("NONE", props("SummarizeFunctionUrlPublicPermission").get("FunctionUrlAuthType"));
        assertEquals(true, props("SummarizeFunctionUrlPublicInvokePermission").get("InvokedViaFunctionUrl"),
                "a public Invoke must be limited to calls through the URL");
    }

    @Test
    void eventBridgeUploadsAreFilteredToCreatedObjectsUnderTheInputPrefixAndQueued() {
        assertEquals("S3Notifications", parameterDefault("UploadEvents"));
        Map<String, Object> rule = map(resources.get("UploadRule"));
        assertEquals("UseEventBridge", rule.get("Condition"));
        Map<String, Object> pattern = map(map(rule.get("Properties")).get("EventPattern"));
        assertEquals(List.of("aws.s3"), pattern.get("source"));
        assertEquals(List.of("Object Created"), pattern.get("detail-type"));
        Map<String, Object> detail = map(pattern.get("detail"));
        assertEquals(List.of(ref("BucketName")), map(detail.get("bucket")).get("name"));
        assertEquals(List.of(Map.of("prefix", ref("InputPrefix"))), map(detail.get("object")).get("key"));
        Map<String, Object> target = map(list(map(rule.get("Properties")).get("Targets")).get(0));
        assertEquals(Map.of("Fn::GetAtt", List.of("UploadQueue", "Arn")), target.get("Arn"));
        Map<String, Object> eventBridge = map(map(props("ArticleBucket").get("NotificationConfiguration"))
                .get("EventBridgeConfiguration"));
        assertEquals(List.of("UseEventBridge", Map.of("EventBridgeEnabled", true), ref("AWS::NoValue")),
                eventBridge.get("Fn::If"));
        // Only this rule may send to the queue on EventBridge's behalf.
        List<Object> statements = list(map(props("UploadQueuePolicy").get("PolicyDocument")).get("Statement"));
        List<Object> ruleStatement = list(map(statements.get(1)).get("Fn::If"));
        assertEquals("UseEventBridge", ruleStatement.get(0));
        Map<String, Object> allow = map(ruleStatement.get(1));
        assertEquals(Map.of("Service", "events.amazonaws.com"), allow.get("Principal"));
        assertEquals("sqs:SendMessage", allow.get("Action"));
        assertEquals(Map.of("ArnEquals", Map.of("aws:SourceArn", Map.of("Fn::GetAtt", List.of("UploadRule", "Arn")))),
                allow.get("Condition"));
    }
}
