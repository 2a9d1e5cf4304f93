<#-- In HTML, a header with the pack's title and a link back to its page on the website; the HTML
     converter moves it above the document, into a <header>. -->
<#if packPage??>
ifdef::backend-html5[]
[.aqp-site-header]
Any Qualified Provider: ${pack.manifest.shortTitle}<#if pack.local.isPresent()>, ${pack.local.get().commissioner().name()}</#if> +
link:${packPage}[Back to the pack page]

endif::[]
</#if>
<#-- A banner at the top of every document of a pack that is not published. -->
<#if pack.manifest.status != "published">
[CAUTION.status-banner]
.${lib.statusMarks[pack.manifest.status]!pack.manifest.status}
====
<#if pack.manifest.status == "withdrawn">
This pack has been withdrawn and must not be used for new contracts or procurements.
<#elseif pack.manifest.status == "consultation">
This pack is a draft out for consultation. It may change before it is published and must not be used in contracts yet.
<#else>
This pack is a draft. It may change before it is published and must not be used in contracts or procurements.
</#if>
====

</#if>
<#include "_local.ftl">
