<#import "_library.ftl" as lib>
<#assign documentName = "Currency and tariff">
= ${documentName}: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">

<#include "_cover.ftl">
<#include "_status.ftl">
<#include "_currency.ftl">
