<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiConfig</name>
    <message>
        <source>KAUNTER_API_BASE / API base URL is not a valid http(s) URL: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAUNTER_API_BASE / API base URL must not end in /v2 (it is added per call): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAUNTER_API_BASE / API base URL must not carry a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAUNTER_API_KEY / API key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAUNTER_API_SECRET / HMAC secret is empty or not valid Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAUNTER_CA_BUNDLE / CA bundle &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kaunter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
