package dev.precis.function;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** A Lambda context as the runtime interface client fills it in: an id and the time left. */
record TestLambdaContext(String getAwsRequestId, int getRemainingTimeInMillis) implements Context {
    @Override
    public String getLogGroupName() {
        return "/aws/lambda/precis-summarize";
    }

    @Override
    public String getLogStreamName() {
        return "2026/12/01/[$LATEST]abc";
    }

    @Override
    public String getFunctionName() {
        return "precis-summarize";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:precis-summarize";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return null;
    }
}
