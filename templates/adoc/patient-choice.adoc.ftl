<#import "_library.ftl" as lib>
<#assign documentName = "Choosing your provider">
= ${documentName}: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">

<#include "_cover.ftl">
<#include "_status.ftl">
<#include "_patient-choice.ftl">
