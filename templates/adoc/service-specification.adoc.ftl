<#import "_library.ftl" as lib>
<#assign documentName = "Service specification">
= ${documentName}: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">
:toc: macro
:toclevels: 2

<#include "_cover.ftl">
toc::[]

<#include "_status.ftl">
<#include "_specification.ftl">
