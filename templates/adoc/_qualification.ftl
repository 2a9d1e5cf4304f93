<#-- The service-specific qualification questionnaire: this pack's extra criteria, then the standard
     questionnaire with the pack's amendments applied, every change marked. -->
<#import "_library.ftl" as lib>
<#assign q = pack.qualification>
<#list q.introduction as p>
${p}

</#list>
<#if questionnaire??>
[#qualification-changes]
== How this differs from the standard questionnaire

This questionnaire is the ${questionnaire.standard.title} (version ${questionnaire.standard.version}) as amended for ${pack.manifest.shortTitle?lower_case}. Providers also meet the ${q.criteria?size} service-specific criteria in the next section.

[cols="1,1,1",options="header",role="change-summary"]
|===
|[.change-added]#ADDED# |[.change-replaced]#REPLACED# |[.change-removed]#REMOVED#
|${questionnaire.count("added")} <#if questionnaire.count("added") == 1>question<#else>questions</#if>
|${questionnaire.count("replaced")} <#if questionnaire.count("replaced") == 1>question<#else>questions</#if>
|${questionnaire.count("removed")} <#if questionnaire.count("removed") == 1>question<#else>questions</#if>
|===

Each change is marked where it happens, with the reason for it.

</#if>
[#qualification-criteria]
== Service-specific qualification criteria

<#list q.criteria as c>
[#${anchor("criterion", c.id)}]
=== ${c.id} ${lib.label(lib.categoryNames, c.category)}

[.change-added]#SERVICE-SPECIFIC# ${c.criterion}

<#if c.evidence?has_content>
.Evidence the provider must give
<#list c.evidence as e>
* ${e}
</#list>

</#if>
<#if c.passRule??>
Pass rule:: ${c.passRule}

</#if>
</#list>
<#if questionnaire??>
[#qualification-questionnaire]
== The questionnaire

<#list questionnaire.standard.introduction as p>
${p}

</#list>
<#list questionnaire.sections as s>
[#${anchor("section", s.section.id)}]
=== Section ${s.section.id}: ${s.section.title}

<#if s.section.guidance??>
${s.section.guidance}

</#if>
<#list s.entries as e>
<#assign question = e.question>
[#${anchor("question", question.id, e.change)}]
<#if e.change == "removed">
==== [.line-through]#${question.id}# [.change-removed]#REMOVED#

[.line-through]#${question.text}#

<#else>
==== ${question.id}<#if e.change == "added"> [.change-added]#ADDED#<#elseif e.change == "replaced"> [.change-replaced]#REPLACED#</#if>

${question.text}

[horizontal]
Response:: ${lib.label(lib.responseNames, question.response)}
Assessment:: ${lib.label(lib.assessmentNames, question.assessment)}
<#if question.passRule??>
Pass rule:: ${question.passRule}
</#if>
<#if question.guidance??>
Guidance:: ${question.guidance}
</#if>

</#if>
<#if e.changed()>
[.amendment.amendment-${e.change}]
.<#if e.change == "added">Added by this pack (${e.amendment.id}) after question ${e.amendment.target}<#elseif e.change == "replaced">Replaced by this pack (${e.amendment.id})<#else>Removed by this pack (${e.amendment.id})</#if>
****
<#if e.amendment.rationale??>
Reason: ${e.amendment.rationale}

</#if>
<#if e.change == "replaced" && e.original??>
Standard wording replaced: [.line-through]#${e.original.text}#
</#if>
****

</#if>
</#list>
</#list>
</#if>
