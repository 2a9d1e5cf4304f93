<#import "_library.ftl" as lib>
= Currency and tariff: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">

<#include "_status.ftl">
<#include "_currency.ftl">
