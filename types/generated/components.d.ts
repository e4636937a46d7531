import type { Schema, Struct } from '@strapi/strapi';

export interface ArticleByline extends Struct.ComponentSchema {
  collectionName: 'components_article_bylines';
  info: {
    description: 'Who did what on the story: a role and a person record or a free name.';
    displayName: '\u7F72\u540D';
    icon: 'user';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    person: Schema.Attribute.Relation<
      'oneToOne',
      'api::photographer.photographer'
    >;
    role: Schema.Attribute.Enumeration<
      [
        'text',
        'photo',
        'editor',
        'reporter',
        'correspondent',
        'translator',
        'other',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'text'>;
  };
}

export interface ArticleFigure extends Struct.ComponentSchema {
  collectionName: 'components_article_figure_items';
  info: {
    description: 'One figure from the text: label, value (\u4E07 multiplied out), unit, whether it is a lower bound (\u4F59/\u591A), as printed, and its sentence.';
    displayName: '\u6570\u636E\u9879';
    icon: 'chartBubble';
  };
  attributes: {
    atLeast: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    printed: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    sentence: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 12;
      }>;
    value: Schema.Attribute.Decimal & Schema.Attribute.Required;
  };
}

export interface ArticleFigures extends Struct.ComponentSchema {
  collectionName: 'components_article_figuress';
  info: {
    description: 'Key figures reported in the story: what, how much, the unit, and the sentence they come from.';
    displayName: '\u6570\u636E';
    icon: 'chartBubble';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    items: Schema.Attribute.Component<'article.figure', true>;
  };
}

export interface ArticlePhoto extends Struct.ComponentSchema {
  collectionName: 'components_article_photos';
  info: {
    description: "A photo placed in the body, with an optional caption that overrides the photo's own.";
    displayName: '\u56FE\u7247';
    icon: 'picture';
  };
  attributes: {
    captionOverride: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    photo: Schema.Attribute.Relation<'oneToOne', 'api::photo.photo'>;
  };
}

export interface ArticlePrintEdition extends Struct.ComponentSchema {
  collectionName: 'components_article_print_editions';
  info: {
    description: 'Where the story ran in print: date and page.';
    displayName: '\u62A5\u7EB8\u7248\u9762';
    icon: 'book';
  };
  attributes: {
    date: Schema.Attribute.Date;
    page: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    pageName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
  };
}

export interface ArticleQuote extends Struct.ComponentSchema {
  collectionName: 'components_article_quotes';
  info: {
    description: 'A pull quote and who said it.';
    displayName: '\u5F15\u8BED';
    icon: 'quote';
  };
  attributes: {
    attribution: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

export interface ArticleSection extends Struct.ComponentSchema {
  collectionName: 'components_article_sections';
  info: {
    description: 'A body section: an optional heading and rich text paragraphs.';
    displayName: '\u6BB5\u843D';
    icon: 'align-left';
  };
  attributes: {
    content: Schema.Attribute.Blocks;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface SharedGoal extends Struct.ComponentSchema {
  collectionName: 'components_shared_goals';
  info: {
    description: 'A campaign goal: what, how much, in which unit.';
    displayName: '\u76EE\u6807';
    icon: 'crosshair';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    target: Schema.Attribute.Decimal;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 12;
      }>;
  };
}

export interface SharedLocation extends Struct.ComponentSchema {
  collectionName: 'components_shared_locations';
  info: {
    description: 'A place where an activity happened: name, district, address.';
    displayName: '\u5730\u70B9';
    icon: 'pinMap';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    district: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface SharedMetric extends Struct.ComponentSchema {
  collectionName: 'components_shared_metrics';
  info: {
    description: 'A figure with its unit, such as 1300 \u4EBA or 13.3 \u4E07\u5143.';
    displayName: '\u6307\u6807';
    icon: 'chartPie';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 12;
      }>;
    value: Schema.Attribute.Decimal & Schema.Attribute.Required;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'Search and sharing metadata.';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    canonicalUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    keywords: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    noIndex: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    shareImage: Schema.Attribute.Media<'images'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'article.byline': ArticleByline;
      'article.figure': ArticleFigure;
      'article.figures': ArticleFigures;
      'article.photo': ArticlePhoto;
      'article.print-edition': ArticlePrintEdition;
      'article.quote': ArticleQuote;
      'article.section': ArticleSection;
      'shared.goal': SharedGoal;
      'shared.location': SharedLocation;
      'shared.metric': SharedMetric;
      'shared.seo': SharedSeo;
    }
  }
}
