<#-- The service-specific qualification questionnaire: this pack's extra criteria, then the standard
     questionnaire with the pack's amendments applied, every change marked. -->
<#import "_library.ftl" as lib>
<#assign q = pack.qualification>
<#list q.introduction as p>
${p}

</#list>
<#if q.basis?? && q.basis.basis != "confirmed">
[.evidence-note]
*${lib.basisLabel(q.basis)?cap_first}:* <#if q.basis.note??>${q.basis.note}<#else>these findings are not a published fact of the pack's period.</#if>

</#if>
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
<#if c.check?? && c.check.kind != "assess">
Dry run:: ${lib.label(lib.checkNames, c.check.kind)}<#if c.check.figure??> (${lib.label(lib.figureNames, c.check.figure)?lower_case})</#if>: the qualification dry run (aqp:qualify) decides this rule on each application
</#if>
<#if q.basisOf(c)??>
Basis:: ${lib.basisLabel(q.basisOf(c))?cap_first}<#if c.basis?? && c.basis.source??>. Source: ${c.basis.source}</#if><#if c.basis?? && c.basis.note??>. ${c.basis.note}</#if>
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
Reason<#if q.basisOf(e.amendment)?? && q.basisOf(e.amendment).basis != "confirmed"> (${lib.basisLabel(q.basisOf(e.amendment))})</#if>: ${e.amendment.rationale}

</#if>
<#if e.change == "replaced" && e.original??>
Standard wording replaced: [.line-through]#${e.original.text}#
</#if>
****

</#if>
</#list>
</#list>
</#if>
