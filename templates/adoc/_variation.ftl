<#-- How the variation report shows a variation in AsciiDoc. Every value is a finished
     uk.nhs.aqp.core.vocabulary.Shown: its text is printed through ${} (escaped: pack text is data),
     removed words struck through and added words underlined (<del> and <ins> in HTML). -->

<#-- "KPI AH-KPI-03 _Bilateral fitting_: target" -->
<#macro subject s>${s.lead()}<#if s.name()?has_content> __${s.name()}__</#if><#if s.detail()?has_content>: ${s.detail()}</#if></#macro>

<#-- A text with its changed words marked. -->
<#macro marked segments><#list segments as g><#if g.kind() == "removed">{aqp-removed-start}${g.text()}{aqp-removed-end}<#elseif g.kind() == "added">{aqp-added-start}${g.text()}{aqp-added-end}<#else>${g.text()}</#if></#list></#macro>

<#-- The marks as attributes: HTML gets <del> and <ins>, which say "removed" and "added" to
     assistive technology as well as striking through and underlining; the PDF converter knows
     <del> and the underline role. Pack text cannot reach them: the escaper encodes every brace. -->
<#macro markAttributes>
ifdef::backend-pdf[]
:aqp-removed-start: pass:[<del>]
:aqp-removed-end: pass:[</del>]
:aqp-added-start: pass:[<span class="underline">]
:aqp-added-end: pass:[</span>]
endif::[]
ifndef::backend-pdf[]
:aqp-removed-start: pass:[<del>]
:aqp-removed-end: pass:[</del>]
:aqp-added-start: pass:[<ins>]
:aqp-added-end: pass:[</ins>]
endif::[]
</#macro>

<#-- How many characters a value shows; a field list counts as long, since it is a whole item. -->
<#function length v>
<#local n = 0>
<#if v.kind() == "none">
<#elseif v.kind() == "text"><#list v.segments() as g><#local n = n + g.text()?length></#list>
<#elseif v.kind() == "fields"><#local n = 100000>
<#else><#list v.items() as i><#local n = n + length(i)></#list>
</#if>
<#return n>
</#function>

<#-- A value on one line: lists joined with semicolons, fields as "Label: value". -->
<#macro inline v><#switch v.kind()><#case "none">None<#break><#case "text"><@marked v.segments()/><#break><#case "fields"><#list v.fields() as f>${f.label()}: <@inline f.value()/><#sep>; </#list><#break><#default><#list v.items() as i><@inline i/><#sep>; </#list></#switch></#macro>

<#-- A value as blocks for an "a" table cell: paragraphs, a bulleted list, or a definition list. -->
<#macro block v none>
<#switch v.kind()>
<#case "none">
_${none}_
<#break>
<#case "text">
<@marked v.segments()/><#nt>
<#break>
<#case "paragraphs">
<#list v.items() as i>
<@inline i/><#nt>

</#list>
<#break>
<#case "bullets">
<#list v.items() as i>
* <@inline i/>
</#list>
<#break>
<#case "fields">
<#list v.fields() as f>
<#if f.value().kind() == "bullets" || f.value().kind() == "paragraphs">
${f.label()}::
<#list f.value().items() as i>
* <@inline i/>
</#list>
<#else>
${f.label()}:: <@inline f.value()/>
</#if>
</#list>
<#break>
</#switch>
</#macro>
