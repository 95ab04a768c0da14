<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Lever could not be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever took too long to answer. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Lever sign-in has expired or is no longer valid. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Lever account is not allowed to do this. Ask a Lever admin for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists in Lever; it may have been deleted or merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever did not accept the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever did not accept the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever is receiving too many requests from this account. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever had a problem handling the request. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever sent an answer the console could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change may or may not have been saved: reload to check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>candidates and opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requisitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requisition fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEO responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay connected while you are away (refresh tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See confidential postings and candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View EEO responses including personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, change and delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The HTML language tag of the translated consent page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants to access your Lever sandbox account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) &lt;%3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be able to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever you choose, you will be sent back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Lever sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the application and start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid sign-in request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id and redirect_uri must be sent once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is registered with the client_id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect_uri &quot;%1&quot; is not registered for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form was not submitted as a form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form was submitted with repeated fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in request expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in request has expired or was already answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active user to sign in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Approve or Deny.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::Account</name>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id is not a uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API address, such as https://lever.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OAuth client id of your registered Lever application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::AccountStore</name>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::ApiKeyVerifier</name>
    <message>
        <source>Enter an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was refused: it is unknown or has been revoked. Check that you copied the whole key from Lever (Settings → Integrations and API → API Credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works but lacks the users:read scope, which Lever Console needs to know who you act as. Edit the key in Lever and add &quot;Read users&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not the Lever API&apos;s. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::AuthHttp</name>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses http:// on another machine, which would send your credentials unencrypted. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the address, or start the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made (%2). Check the address, the system clock and the system&apos;s certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unavailable (%1). Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the connection to %1 (%2). Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::KeychainSecretStore</name>
    <message>
        <source>No keychain is available to keep your credentials (%1). Lever Console stores secrets only in the system keychain: install and start GNOME Keyring or KWallet (any Secret Service provider), make sure it is unlocked, and try again. Or sign in for this session only: the credentials are then kept in memory and forgotten when Lever Console quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not %1 the secret: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::LoopbackReceiver</name>
    <message>
        <source>The sign-in listener binds to 127.0.0.1 only, not to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in listener needs the state of the request it waits for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in listener was already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in link is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not belong to the sign-in in progress. Return to Lever Console and start the sign-in again if it does not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Lever Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted, so Lever Console is not signed in. You can close this tab and return to Lever Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1. You can close this tab and return to Lever Console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::OAuthFlow</name>
    <message>
        <source>The sign-in timed out: no answer came back from the browser. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth client id is set for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the sign-in link into a browser on this computer; Lever Console is still waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied in the browser, so Lever Console is not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer was not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lever::auth::TokenRefresher</name>
    <message>
        <source>This account has no refresh token; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused to renew the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
