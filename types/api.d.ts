export interface paths {
    "/activities/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activity statistics: counts, funds, beneficiaries and participants per group */
        get: operations["getActivitiesStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activities
         * @description One page of activities. Without `populate` it populates `locations`, `metrics`, `campaign`.
         */
        get: operations["findActivity"];
        put?: never;
        /** Create a activity */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a activity by document ID
         * @description One activity. Without `populate` it populates `locations`, `metrics`, `campaign`, `organizers`, `partners`, `photos`, `articles`.
         */
        get: operations["findOneActivity"];
        /** Update a activity */
        put: operations["updateActivity"];
        post?: never;
        /** Delete a activity */
        delete: operations["deleteActivity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles
         * @description One page of articles. Without `populate` it populates `cover`, `category`.
         */
        get: operations["findArticle"];
        put?: never;
        /** Create a article */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a article by document ID
         * @description One article. Without `populate` it populates `body`, `cover`, `gallery`, `bylines`, `category`, `tags`, `organizations`, `campaigns`, `activities`, `printEdition`, `seo`.
         */
        get: operations["findOneArticle"];
        /** Update a article */
        put: operations["updateArticle"];
        post?: never;
        /** Delete a article */
        delete: operations["deleteArticle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{slug}/hub": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's hub: the campaign, its activities, articles and photos, and its figures */
        get: operations["getCampaignsSlugHub"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaigns
         * @description One page of campaigns. Without `populate` it populates `cover`, `goals`, `leadOrganization`.
         */
        get: operations["findCampaign"];
        put?: never;
        /** Create a campaign */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a campaign by document ID
         * @description One campaign. Without `populate` it populates `cover`, `goals`, `leadOrganization`, `activities`, `articles`.
         */
        get: operations["findOneCampaign"];
        /** Update a campaign */
        put: operations["updateCampaign"];
        post?: never;
        /** Delete a campaign */
        delete: operations["deleteCampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List categories
         * @description One page of categories. Without `populate` it populates nothing.
         */
        get: operations["findCategory"];
        put?: never;
        /** Create a category */
        post: operations["createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a category by document ID
         * @description One category. Without `populate` it populates nothing.
         */
        get: operations["findOneCategory"];
        /** Update a category */
        put: operations["updateCategory"];
        post?: never;
        /** Delete a category */
        delete: operations["deleteCategory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The feed of articles, activities and campaigns (JSON, cursor-paged) */
        get: operations["getFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The feed as RSS 2.0 with Media RSS */
        get: operations["getFeedXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The feed as Atom */
        get: operations["getFeedAtom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The feed as JSON Feed 1.1 */
        get: operations["getFeedJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a printed page (dry run by default) as a draft article with its photos */
        post: operations["postImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI document (JSON) */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI document (YAML) */
        get: operations["getOpenapiYaml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description One page of organizations. Without `populate` it populates nothing.
         */
        get: operations["findOrganization"];
        put?: never;
        /** Create a organization */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a organization by document ID
         * @description One organization. Without `populate` it populates nothing.
         */
        get: operations["findOneOrganization"];
        /** Update a organization */
        put: operations["updateOrganization"];
        post?: never;
        /** Delete a organization */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/photos/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit photos (multipart `files`) as the signed-in photographer's drafts */
        post: operations["postPhotosSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/photos/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in photographer's own photos (drafts) */
        get: operations["getPhotosMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/photos/mine/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the caption, alt text, credit role, date or location of one's own draft */
        put: operations["putPhotosMineDocumentId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List photos
         * @description One page of photos. Without `populate` it populates `image`, `photographer`.
         */
        get: operations["findPhoto"];
        put?: never;
        /** Create a photo */
        post: operations["createPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a photo by document ID
         * @description One photo. Without `populate` it populates `image`, `photographer`.
         */
        get: operations["findOnePhoto"];
        /** Update a photo */
        put: operations["updatePhoto"];
        post?: never;
        /** Delete a photo */
        delete: operations["deletePhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/photographers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List photographers
         * @description One page of photographers. Without `populate` it populates nothing.
         */
        get: operations["findPhotographer"];
        put?: never;
        /** Create a photographer */
        post: operations["createPhotographer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/photographers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a photographer by document ID
         * @description One photographer. Without `populate` it populates nothing.
         */
        get: operations["findOnePhotographer"];
        /** Update a photographer */
        put: operations["updatePhotographer"];
        post?: never;
        /** Delete a photographer */
        delete: operations["deletePhotographer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draft or published version a signed preview token names */
        get: operations["getPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: whether this instance can serve (503 when a part fails) */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags
         * @description One page of tags. Without `populate` it populates nothing.
         */
        get: operations["findTag"];
        put?: never;
        /** Create a tag */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tag by document ID
         * @description One tag. Without `populate` it populates nothing.
         */
        get: operations["findOneTag"];
        /** Update a tag */
        put: operations["updateTag"];
        post?: never;
        /** Delete a tag */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content-type-builder/content-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** content-type-builder: content-types.getContentTypes */
        get: operations["getContentTypeBuilderContentTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content-type-builder/content-types/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** content-type-builder: content-types.getContentType */
        get: operations["getContentTypeBuilderContentTypesUid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content-type-builder/components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** content-type-builder: components.getComponents */
        get: operations["getContentTypeBuilderComponents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content-type-builder/components/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** content-type-builder: components.getComponent */
        get: operations["getContentTypeBuilderComponentsUid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** email: email.send */
        post: operations["postEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** upload: content-api.upload */
        post: operations["postUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** upload: content-api.find */
        get: operations["getUploadFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload/files/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** upload: content-api.findPage */
        get: operations["getUploadFilesPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** upload: content-api.findOne */
        get: operations["getUploadFilesId"];
        put?: never;
        post?: never;
        /** upload: content-api.destroy */
        delete: operations["deleteUploadFilesId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/i18n/locales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** i18n: locales.listLocales */
        get: operations["getI18nLocales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connect/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** users-permissions: auth.connect */
        get: operations["getConnectPath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/local": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** users-permissions: auth.callback */
        post: operations["postAuthLocal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/local/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** users-permissions: auth.register */
        post: operations["postAuthLocalRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** users-permissions: auth.callback */
        get: operations["getAuthProviderCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** users-permissions: auth.forgotPassword */
        post: operations["postAuthForgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** users-permissions: auth.resetPassword */
        post: operations["postAuthResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/email-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** users-permissions: auth.emailConfirmation */
        get: operations["getAuthEmailConfirmation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/send-email-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** users-permissions: auth.sendEmailConfirmation */
        post: operations["postAuthSendEmailConfirmation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** users-permissions: auth.changePassword */
        post: operations["postAuthChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** users-permissions: auth.refresh */
        post: operations["postAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** users-permissions: auth.logout */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** users-permissions: auth.getSessions */
        get: operations["getAuthSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** users-permissions: auth.revokeSession */
        delete: operations["deleteAuthSessionsSessionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** users-permissions: user.count */
        get: operations["getUsersCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** users-permissions: user.find */
        get: operations["getUsers"];
        put?: never;
        /** users-permissions: user.create */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** users-permissions: user.me */
        get: operations["getUsersMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** users-permissions: user.findOne */
        get: operations["getUsersId"];
        /** users-permissions: user.update */
        put: operations["putUsersId"];
        post?: never;
        /** users-permissions: user.destroy */
        delete: operations["deleteUsersId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users-permissions/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** users-permissions: role.findOne */
        get: operations["getUsersPermissionsRolesId"];
        /** users-permissions: role.updateRole */
        put: operations["putUsersPermissionsRolesId"];
        post?: never;
        /** users-permissions: role.deleteRole */
        delete: operations["deleteUsersPermissionsRolesId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users-permissions/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** users-permissions: role.find */
        get: operations["getUsersPermissionsRoles"];
        put?: never;
        /** users-permissions: role.createRole */
        post: operations["postUsersPermissionsRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users-permissions/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** users-permissions: permissions.getPermissions */
        get: operations["getUsersPermissionsPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/newsroom-media/photos/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit photos (multipart `files`) as the signed-in photographer's drafts */
        post: operations["postNewsroomMediaPhotosSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/newsroom-media/photos/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in photographer's own photos (drafts) */
        get: operations["getNewsroomMediaPhotosMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/newsroom-media/photos/mine/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the caption, alt text, credit role, date or location of one's own draft */
        put: operations["putNewsroomMediaPhotosMineDocumentId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Strapi's error shape */
        Error: {
            data: null;
            error: {
                status: number;
                name: string;
                message: string;
                details?: unknown;
            };
        };
        /** @description Something a union did for workers, with its dates, places, organizers and figures (people, money, events). */
        Activity: {
            id: number;
            /** @description The document ID: a string such as "bm5ch4y06ja8mjhxgv6ahi85" */
            documentId: string;
            title?: string | null;
            slug?: string | null;
            /** @enum {string|null} */
            kind?: "heatRelief" | "visitsAndRelief" | "healthChecks" | "studentAid" | "skillsTraining" | "lectures" | "contests" | "culturalEvents" | "other" | null;
            summary?: string | null;
            /** @description Strapi blocks */
            description?: {
                type: string;
            }[] | null;
            /** Format: date */
            startDate?: string | null;
            /** Format: date */
            endDate?: string | null;
            locations?: components["schemas"]["SharedLocationComponent"][];
            organizers?: components["schemas"]["Organization"][];
            partners?: components["schemas"]["Organization"][];
            metrics?: components["schemas"]["SharedMetricComponent"][];
            fundsAmount?: number | null;
            beneficiaries?: number | null;
            participants?: number | null;
            photos?: components["schemas"]["Photo"][];
            campaign?: components["schemas"]["Campaign"] | null;
            articles?: components["schemas"]["Article"][];
            /** Format: date-time */
            scheduledPublishAt?: string | null;
            /** Format: date-time */
            scheduledUnpublishAt?: string | null;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** Format: date-time */
            publishedAt?: string | null;
            locale?: string | null;
            localizations?: components["schemas"]["Activity"][];
        };
        /** 地点 */
        SharedLocationComponent: {
            id: number;
            name?: string;
            district?: string | null;
            address?: string | null;
        };
        /** @description A union body, enterprise, partner or community, placed in the federation's tree. */
        Organization: {
            id: number;
            /** @description The document ID: a string such as "bm5ch4y06ja8mjhxgv6ahi85" */
            documentId: string;
            name?: string;
            shortName?: string | null;
            nameEn?: string | null;
            slug?: string | null;
            /** @enum {string} */
            kind?: "federation" | "districtUnion" | "industryUnion" | "grassrootsUnion" | "enterprise" | "community" | "partner";
            region?: string | null;
            parent?: components["schemas"]["Organization"] | null;
            children?: components["schemas"]["Organization"][];
            photographers?: components["schemas"]["Photographer"][];
            articles?: components["schemas"]["Article"][];
            organizedActivities?: components["schemas"]["Activity"][];
            partneredActivities?: components["schemas"]["Activity"][];
            ledCampaigns?: components["schemas"]["Campaign"][];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** Format: date-time */
            publishedAt?: string | null;
        };
        /** @description A person credited for photos: staff reporter, correspondent or contributing photographer. */
        Photographer: {
            id: number;
            /** @description The document ID: a string such as "bm5ch4y06ja8mjhxgv6ahi85" */
            documentId: string;
            name?: string;
            nameEn?: string | null;
            slug?: string | null;
            /** @enum {string|null} */
            defaultRole?: "staffReporter" | "correspondent" | "contributingPhotographer" | "provided" | "filePhoto" | null;
            organization?: components["schemas"]["Organization"] | null;
            bio?: string | null;
            avatar?: components["schemas"]["UploadFile"] | null;
            photos?: components["schemas"]["Photo"][];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** Format: date-time */
            publishedAt?: string | null;
        };
        UploadFile: {
            id: number;
            /** @description The document ID: a string such as "bm5ch4y06ja8mjhxgv6ahi85" */
            documentId: string;
            name?: string;
            alternativeText?: string | null;
            caption?: string | null;
            focalPoint?: unknown;
            width?: number | null;
            height?: number | null;
            formats?: unknown;
            hash?: string;
            ext?: string | null;
            mime?: string;
            size?: number;
            url?: string;
            previewUrl?: string | null;
            provider?: string;
            provider_metadata?: unknown;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** Format: date-time */
            publishedAt?: string | null;
        };
        /** @description A news photo: one image with its localized caption and alt text, and its credit (photographer, role, or a provider). */
        Photo: {
            id: number;
            /** @description The document ID: a string such as "bm5ch4y06ja8mjhxgv6ahi85" */
            documentId: string;
            image?: components["schemas"]["UploadFile"] | null;
            caption?: string | null;
            altText?: string | null;
            photographer?: components["schemas"]["Photographer"] | null;
            /** @enum {string|null} */
            creditRole?: "staffReporter" | "correspondent" | "contributingPhotographer" | "provided" | "filePhoto" | null;
            creditName?: string | null;
            readonly creditLine?: string | null;
            readonly structuredData?: unknown;
            /** Format: date-time */
            takenAt?: string | null;
            location?: string | null;
            copyrightNotice?: string | null;
            usageTerms?: string | null;
            metadata?: unknown;
            coverForArticles?: components["schemas"]["Article"][];
            articles?: components["schemas"]["Article"][];
            activities?: components["schemas"]["Activity"][];
            campaigns?: components["schemas"]["Campaign"][];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** Format: date-time */
            publishedAt?: string | null;
            locale?: string | null;
            localizations?: components["schemas"]["Photo"][];
        };
        /** @description A news story or feature: headline, body sections with photos and figures, bylines and print edition. */
        Article: {
            id: number;
            /** @description The document ID: a string such as "bm5ch4y06ja8mjhxgv6ahi85" */
            documentId: string;
            title?: string | null;
            kicker?: string | null;
            subtitle?: string | null;
            slug?: string | null;
            summary?: string | null;
            body?: (components["schemas"]["ArticleSectionComponentInZone"] | components["schemas"]["ArticlePhotoComponentInZone"] | components["schemas"]["ArticleFiguresComponentInZone"] | components["schemas"]["ArticleQuoteComponentInZone"])[];
            cover?: components["schemas"]["Photo"] | null;
            gallery?: components["schemas"]["Photo"][];
            bylines?: components["schemas"]["ArticleBylineComponent"][];
            category?: components["schemas"]["Category"] | null;
            tags?: components["schemas"]["Tag"][];
            organizations?: components["schemas"]["Organization"][];
            campaigns?: components["schemas"]["Campaign"][];
            activities?: components["schemas"]["Activity"][];
            source?: string | null;
            printEdition?: components["schemas"]["ArticlePrintEditionComponent"] | null;
            seo?: components["schemas"]["SharedSeoComponent"] | null;
            /** Format: date-time */
            publishDate?: string | null;
            /** Format: date-time */
            scheduledPublishAt?: string | null;
            /** Format: date-time */
            scheduledUnpublishAt?: string | null;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** Format: date-time */
            publishedAt?: string | null;
            locale?: string | null;
            localizations?: components["schemas"]["Article"][];
        };
        /** 段落 */
        ArticleSectionComponentInZone: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            __component: "article.section";
            id: number;
            heading?: string | null;
            /** @description Strapi blocks */
            content?: {
                type: string;
            }[] | null;
        };
        /** 图片 */
        ArticlePhotoComponentInZone: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            __component: "article.photo";
            id: number;
            photo?: components["schemas"]["Photo"] | null;
            captionOverride?: string | null;
        };
        /** 数据 */
        ArticleFiguresComponentInZone: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            __component: "article.figures";
            id: number;
            heading?: string | null;
            items?: components["schemas"]["ArticleFigureComponent"][];
        };
        /** 数据项 */
        ArticleFigureComponent: {
            id: number;
            label?: string;
            value?: number;
            unit?: string | null;
            atLeast?: boolean | null;
            printed?: string | null;
            sentence?: string | null;
        };
        /** 引语 */
        ArticleQuoteComponentInZone: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            __component: "article.quote";
            id: number;
            text?: string;
            attribution?: string | null;
        };
        /** 署名 */
        ArticleBylineComponent: {
            id: number;
            /** @enum {string} */
            role?: "text" | "photo" | "editor" | "reporter" | "correspondent" | "translator" | "other";
            person?: components["schemas"]["Photographer"] | null;
            name?: string | null;
        };
        /** @description A section of the site an article belongs to (e.g. 工会动态). */
        Category: {
            id: number;
            /** @description The document ID: a string such as "bm5ch4y06ja8mjhxgv6ahi85" */
            documentId: string;
            name?: string;
            nameEn?: string | null;
            slug?: string | null;
            description?: string | null;
            articles?: components["schemas"]["Article"][];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** Format: date-time */
            publishedAt?: string | null;
        };
        /** @description A free keyword linking articles across sections. */
        Tag: {
            id: number;
            /** @description The document ID: a string such as "bm5ch4y06ja8mjhxgv6ahi85" */
            documentId: string;
            name?: string;
            nameEn?: string | null;
            slug?: string | null;
            articles?: components["schemas"]["Article"][];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** Format: date-time */
            publishedAt?: string | null;
        };
        /** @description A long-running programme, often yearly, that groups activities and articles and rolls up their figures. */
        Campaign: {
            id: number;
            /** @description The document ID: a string such as "bm5ch4y06ja8mjhxgv6ahi85" */
            documentId: string;
            name?: string | null;
            slug?: string | null;
            slogan?: string | null;
            description?: string | null;
            /** Format: date */
            startDate?: string | null;
            /** Format: date */
            endDate?: string | null;
            year?: number | null;
            goals?: components["schemas"]["SharedGoalComponent"][];
            cover?: components["schemas"]["Photo"] | null;
            leadOrganization?: components["schemas"]["Organization"] | null;
            activities?: components["schemas"]["Activity"][];
            articles?: components["schemas"]["Article"][];
            /** Format: date-time */
            scheduledPublishAt?: string | null;
            /** Format: date-time */
            scheduledUnpublishAt?: string | null;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** Format: date-time */
            publishedAt?: string | null;
            locale?: string | null;
            localizations?: components["schemas"]["Campaign"][];
        };
        /** 目标 */
        SharedGoalComponent: {
            id: number;
            label?: string;
            target?: number | null;
            unit?: string | null;
        };
        /** 报纸版面 */
        ArticlePrintEditionComponent: {
            id: number;
            /** Format: date */
            date?: string | null;
            page?: string | null;
            pageName?: string | null;
        };
        /** SEO */
        SharedSeoComponent: {
            id: number;
            metaTitle?: string | null;
            metaDescription?: string | null;
            keywords?: string | null;
            shareImage?: components["schemas"]["UploadFile"] | null;
            canonicalUrl?: string | null;
            noIndex?: boolean | null;
        };
        /** 指标 */
        SharedMetricComponent: {
            id: number;
            label?: string;
            value?: number;
            unit?: string | null;
        };
        ActivityInput: {
            title?: string;
            slug?: string | null;
            /** @enum {string} */
            kind?: "heatRelief" | "visitsAndRelief" | "healthChecks" | "studentAid" | "skillsTraining" | "lectures" | "contests" | "culturalEvents" | "other";
            summary?: string | null;
            /** @description Strapi blocks */
            description?: {
                type: string;
            }[] | null;
            /** Format: date */
            startDate?: string | null;
            /** Format: date */
            endDate?: string | null;
            locations?: components["schemas"]["SharedLocationComponentInput"][];
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            organizers?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            partners?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            metrics?: components["schemas"]["SharedMetricComponentInput"][];
            fundsAmount?: number | null;
            beneficiaries?: number | null;
            participants?: number | null;
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            photos?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            campaign?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            articles?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** Format: date-time */
            scheduledPublishAt?: string | null;
            /** Format: date-time */
            scheduledUnpublishAt?: string | null;
        };
        SharedLocationComponentInput: {
            id?: number;
            name?: string;
            district?: string | null;
            address?: string | null;
        };
        SharedMetricComponentInput: {
            id?: number;
            label?: string;
            value?: number;
            unit?: string | null;
        };
        ArticleInput: {
            title?: string;
            kicker?: string | null;
            subtitle?: string | null;
            slug?: string | null;
            summary?: string | null;
            body?: {
                /** @enum {string} */
                __component: "article.section" | "article.photo" | "article.figures" | "article.quote";
            }[];
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            cover?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            gallery?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            bylines?: components["schemas"]["ArticleBylineComponentInput"][];
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            category?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            tags?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            organizations?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            campaigns?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            activities?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            source?: string | null;
            printEdition?: components["schemas"]["ArticlePrintEditionComponentInput"] | null;
            seo?: components["schemas"]["SharedSeoComponentInput"] | null;
            /** Format: date-time */
            publishDate?: string | null;
            /** Format: date-time */
            scheduledPublishAt?: string | null;
            /** Format: date-time */
            scheduledUnpublishAt?: string | null;
        };
        ArticleBylineComponentInput: {
            id?: number;
            /** @enum {string} */
            role?: "text" | "photo" | "editor" | "reporter" | "correspondent" | "translator" | "other";
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            person?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            name?: string | null;
        };
        ArticlePrintEditionComponentInput: {
            id?: number;
            /** Format: date */
            date?: string | null;
            page?: string | null;
            pageName?: string | null;
        };
        SharedSeoComponentInput: {
            id?: number;
            metaTitle?: string | null;
            metaDescription?: string | null;
            keywords?: string | null;
            shareImage?: number | null;
            canonicalUrl?: string | null;
            noIndex?: boolean | null;
        };
        CampaignInput: {
            name?: string;
            slug?: string | null;
            slogan?: string | null;
            description?: string | null;
            /** Format: date */
            startDate?: string | null;
            /** Format: date */
            endDate?: string | null;
            year?: number | null;
            goals?: components["schemas"]["SharedGoalComponentInput"][];
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            cover?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            leadOrganization?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            activities?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            articles?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** Format: date-time */
            scheduledPublishAt?: string | null;
            /** Format: date-time */
            scheduledUnpublishAt?: string | null;
        };
        SharedGoalComponentInput: {
            id?: number;
            label?: string;
            target?: number | null;
            unit?: string | null;
        };
        CategoryInput: {
            name?: string;
            nameEn?: string | null;
            slug?: string | null;
            description?: string | null;
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            articles?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
        };
        OrganizationInput: {
            name?: string;
            shortName?: string | null;
            nameEn?: string | null;
            slug?: string | null;
            /** @enum {string} */
            kind?: "federation" | "districtUnion" | "industryUnion" | "grassrootsUnion" | "enterprise" | "community" | "partner";
            region?: string | null;
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            parent?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            children?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            photographers?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            articles?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            organizedActivities?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            partneredActivities?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            ledCampaigns?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
        };
        PhotoInput: {
            image?: number | null;
            caption?: string | null;
            altText?: string | null;
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            photographer?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @enum {string|null} */
            creditRole?: "staffReporter" | "correspondent" | "contributingPhotographer" | "provided" | "filePhoto" | null;
            creditName?: string | null;
            /** Format: date-time */
            takenAt?: string | null;
            location?: string | null;
            copyrightNotice?: string | null;
            usageTerms?: string | null;
            metadata?: unknown;
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            coverForArticles?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            articles?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            activities?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            campaigns?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
        };
        PhotographerInput: {
            name?: string;
            nameEn?: string | null;
            slug?: string | null;
            /** @enum {string|null} */
            defaultRole?: "staffReporter" | "correspondent" | "contributingPhotographer" | "provided" | "filePhoto" | null;
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            organization?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
            bio?: string | null;
            avatar?: number | null;
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            photos?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
        };
        TagInput: {
            name?: string;
            nameEn?: string | null;
            slug?: string | null;
            /** @description document IDs, or { connect, disconnect, set } of document IDs or { documentId, locale } */
            articles?: null | string | (string | {
                documentId: string;
            })[] | {
                connect?: unknown;
                disconnect?: unknown;
                set?: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getActivitiesStats: {
        parameters: {
            query?: {
                groupBy?: "kind" | "district" | "year" | "organization" | "campaign";
                from?: string;
                to?: string;
                campaign?: string;
                kind?: "heatRelief" | "visitsAndRelief" | "healthChecks" | "studentAid" | "skillsTraining" | "lectures" | "contests" | "culturalEvents" | "other";
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            key: string | null;
                            label: string | null;
                            count: number;
                            fundsAmount: number;
                            beneficiaries: number;
                            participants: number;
                        }[];
                        meta: {
                            /** @enum {string} */
                            groupBy: "kind" | "district" | "year" | "organization" | "campaign";
                            filters: {
                                locale: string;
                                from?: string;
                                to?: string;
                                kind?: string;
                                campaign?: string;
                            };
                            total: {
                                count: number;
                                fundsAmount: number;
                                beneficiaries: number;
                                participants: number;
                                from: string | null;
                                to: string | null;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findActivity: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `title`, `slug`, `kind`, `summary`, `description`, `startDate`, `endDate`, `fundsAmount`, `beneficiaries`, `participants`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("title" | "slug" | "kind" | "summary" | "description" | "startDate" | "endDate" | "fundsAmount" | "beneficiaries" | "participants" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
                /** @description Attributes to sort by, e.g. `publishDate:desc` */
                sort?: string | string[];
                /** @description Page (page, pageSize) or offset (start, limit); at most 100 per page */
                pagination?: {
                    page?: number;
                    pageSize?: number;
                    start?: number;
                    limit?: number;
                    withCount?: boolean;
                };
                /** @description Filters, e.g. filters[slug][$eq]=… */
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activity"][];
                        meta: {
                            pagination: {
                                page: number;
                                pageSize: number;
                                pageCount: number;
                                total: number;
                            } | {
                                start: number;
                                limit: number;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createActivity: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `title`, `slug`, `kind`, `summary`, `description`, `startDate`, `endDate`, `fundsAmount`, `beneficiaries`, `participants`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("title" | "slug" | "kind" | "summary" | "description" | "startDate" | "endDate" | "fundsAmount" | "beneficiaries" | "participants" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["ActivityInput"];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activity"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findOneActivity: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `title`, `slug`, `kind`, `summary`, `description`, `startDate`, `endDate`, `fundsAmount`, `beneficiaries`, `participants`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("title" | "slug" | "kind" | "summary" | "description" | "startDate" | "endDate" | "fundsAmount" | "beneficiaries" | "participants" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activity"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateActivity: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `title`, `slug`, `kind`, `summary`, `description`, `startDate`, `endDate`, `fundsAmount`, `beneficiaries`, `participants`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("title" | "slug" | "kind" | "summary" | "description" | "startDate" | "endDate" | "fundsAmount" | "beneficiaries" | "participants" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["ActivityInput"];
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activity"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteActivity: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findArticle: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `title`, `kicker`, `subtitle`, `slug`, `summary`, `source`, `publishDate`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("title" | "kicker" | "subtitle" | "slug" | "summary" | "source" | "publishDate" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
                /** @description Attributes to sort by, e.g. `publishDate:desc` */
                sort?: string | string[];
                /** @description Page (page, pageSize) or offset (start, limit); at most 100 per page */
                pagination?: {
                    page?: number;
                    pageSize?: number;
                    start?: number;
                    limit?: number;
                    withCount?: boolean;
                };
                /** @description Filters, e.g. filters[slug][$eq]=… */
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Article"][];
                        meta: {
                            pagination: {
                                page: number;
                                pageSize: number;
                                pageCount: number;
                                total: number;
                            } | {
                                start: number;
                                limit: number;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createArticle: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `title`, `kicker`, `subtitle`, `slug`, `summary`, `source`, `publishDate`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("title" | "kicker" | "subtitle" | "slug" | "summary" | "source" | "publishDate" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["ArticleInput"];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Article"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findOneArticle: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `title`, `kicker`, `subtitle`, `slug`, `summary`, `source`, `publishDate`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("title" | "kicker" | "subtitle" | "slug" | "summary" | "source" | "publishDate" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Article"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateArticle: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `title`, `kicker`, `subtitle`, `slug`, `summary`, `source`, `publishDate`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("title" | "kicker" | "subtitle" | "slug" | "summary" | "source" | "publishDate" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["ArticleInput"];
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Article"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteArticle: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCampaignsSlugHub: {
        parameters: {
            query?: {
                locale?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A long-running programme, often yearly, that groups activities and articles and rolls up their figures. */
                        data: {
                            id: number;
                            /** @description The document ID: a string such as "bm5ch4y06ja8mjhxgv6ahi85" */
                            documentId: string;
                            name?: string | null;
                            slug?: string | null;
                            slogan?: string | null;
                            description?: string | null;
                            /** Format: date */
                            startDate?: string | null;
                            /** Format: date */
                            endDate?: string | null;
                            year?: number | null;
                            goals?: components["schemas"]["SharedGoalComponent"][];
                            cover?: components["schemas"]["Photo"] | null;
                            leadOrganization?: components["schemas"]["Organization"] | null;
                            activities?: components["schemas"]["Activity"][];
                            articles?: components["schemas"]["Article"][];
                            /** Format: date-time */
                            scheduledPublishAt?: string | null;
                            /** Format: date-time */
                            scheduledUnpublishAt?: string | null;
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                            /** Format: date-time */
                            publishedAt?: string | null;
                            locale?: string | null;
                            localizations?: components["schemas"]["Campaign"][];
                            /** @description every credited photo of the campaign, once */
                            photos: components["schemas"]["Photo"][];
                            figures: {
                                activities: number;
                                fundsAmount: number;
                                beneficiaries: number;
                                participants: number;
                                metricsByUnit: {
                                    unit: string | null;
                                    value: number;
                                    count: number;
                                }[];
                                dateRange: {
                                    from: string | null;
                                    to: string | null;
                                };
                                districts: string[];
                            };
                        };
                        meta: {
                            locale: string;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findCampaign: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `slug`, `slogan`, `description`, `startDate`, `endDate`, `year`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("name" | "slug" | "slogan" | "description" | "startDate" | "endDate" | "year" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
                /** @description Attributes to sort by, e.g. `publishDate:desc` */
                sort?: string | string[];
                /** @description Page (page, pageSize) or offset (start, limit); at most 100 per page */
                pagination?: {
                    page?: number;
                    pageSize?: number;
                    start?: number;
                    limit?: number;
                    withCount?: boolean;
                };
                /** @description Filters, e.g. filters[slug][$eq]=… */
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"][];
                        meta: {
                            pagination: {
                                page: number;
                                pageSize: number;
                                pageCount: number;
                                total: number;
                            } | {
                                start: number;
                                limit: number;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCampaign: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `slug`, `slogan`, `description`, `startDate`, `endDate`, `year`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("name" | "slug" | "slogan" | "description" | "startDate" | "endDate" | "year" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["CampaignInput"];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findOneCampaign: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `slug`, `slogan`, `description`, `startDate`, `endDate`, `year`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("name" | "slug" | "slogan" | "description" | "startDate" | "endDate" | "year" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCampaign: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `slug`, `slogan`, `description`, `startDate`, `endDate`, `year`, `scheduledPublishAt`, `scheduledUnpublishAt`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("name" | "slug" | "slogan" | "description" | "startDate" | "endDate" | "year" | "scheduledPublishAt" | "scheduledUnpublishAt" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["CampaignInput"];
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCampaign: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findCategory: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `description`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "description" | "createdAt" | "updatedAt" | "publishedAt")[];
                /** @description Attributes to sort by, e.g. `publishDate:desc` */
                sort?: string | string[];
                /** @description Page (page, pageSize) or offset (start, limit); at most 100 per page */
                pagination?: {
                    page?: number;
                    pageSize?: number;
                    start?: number;
                    limit?: number;
                    withCount?: boolean;
                };
                /** @description Filters, e.g. filters[slug][$eq]=… */
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Category"][];
                        meta: {
                            pagination: {
                                page: number;
                                pageSize: number;
                                pageCount: number;
                                total: number;
                            } | {
                                start: number;
                                limit: number;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCategory: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `description`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "description" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["CategoryInput"];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Category"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findOneCategory: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `description`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "description" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Category"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCategory: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `description`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "description" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["CategoryInput"];
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Category"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFeed: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                type?: string;
                campaign?: string;
                organization?: string;
                kind?: "heatRelief" | "visitsAndRelief" | "healthChecks" | "studentAid" | "skillsTraining" | "lectures" | "contests" | "culturalEvents" | "other";
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            type: "article" | "activity" | "campaign";
                            documentId: string;
                            slug: string | null;
                            title: string;
                            summary: string | null;
                            /** Format: date-time */
                            date: string;
                            /** Format: date-time */
                            updatedAt: string;
                            cover: {
                                url: string;
                                formats: unknown;
                                caption: string | null;
                                creditLine: string | null;
                                width?: number;
                                height?: number;
                                mime?: string;
                            } | null;
                            /** @description the entry's page in the reader */
                            url: string;
                        }[];
                        meta: {
                            nextCursor: string | null;
                            limit: number;
                            locale: string;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFeedXml: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                type?: string;
                campaign?: string;
                organization?: string;
                kind?: "heatRelief" | "visitsAndRelief" | "healthChecks" | "studentAid" | "skillsTraining" | "lectures" | "contests" | "culturalEvents" | "other";
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFeedAtom: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                type?: string;
                campaign?: string;
                organization?: string;
                kind?: "heatRelief" | "visitsAndRelief" | "healthChecks" | "studentAid" | "skillsTraining" | "lectures" | "contests" | "culturalEvents" | "other";
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFeedJson: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                type?: string;
                campaign?: string;
                organization?: string;
                kind?: "heatRelief" | "visitsAndRelief" | "healthChecks" | "studentAid" | "skillsTraining" | "lectures" | "contests" | "culturalEvents" | "other";
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/feed+json": {
                        /** @constant */
                        version: "https://jsonfeed.org/version/1.1";
                        title: string;
                        home_page_url: string;
                        feed_url: string;
                        next_url?: string;
                        items: ({
                            id: string;
                            url: string;
                            title: string;
                            date_published: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @enum {string} */
                    dryRun?: "true" | "false";
                    locale?: string;
                    sourceId?: string;
                    source?: string;
                    /** Format: date */
                    printDate?: string;
                    printPage?: string;
                    printPageName?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            dryRun: boolean;
                            encoding: string;
                            importKey: string;
                            article: {
                                documentId: string | null;
                                title: string;
                                kicker: string | null;
                                subtitle: string | null;
                                summary: string | null;
                                locale: string;
                                created: boolean;
                            };
                            blocks: {
                                /** @enum {string} */
                                kind: "section" | "photo";
                                line: number;
                                heading?: string | null;
                                paragraphs?: string[];
                                caption?: string | null;
                                creditLine?: string | null;
                                photographer?: {
                                    name: string;
                                    match: ("existing" | "new") | null;
                                    documentId: string | null;
                                } | null;
                                image?: {
                                    name: string | null;
                                    missing: boolean;
                                };
                            }[];
                            photographers: {
                                name: string;
                                /** @enum {string} */
                                match: "existing" | "new";
                                documentId: string | null;
                                recordName?: string;
                                recordNameEn?: string | null;
                            }[];
                            figures: {
                                text: string;
                                value: number;
                                unit: string;
                                atLeast: boolean;
                                /** @enum {string} */
                                kind: "amount" | "count";
                                label: string;
                                sentence: string;
                                line: number;
                            }[];
                            warnings: {
                                code: string;
                                line: number | null;
                                message: string;
                            }[];
                            photos: {
                                documentId: string | null;
                                position: number;
                                imageMissing: boolean;
                                creditLine: string | null;
                            }[];
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            dryRun: boolean;
                            encoding: string;
                            importKey: string;
                            article: {
                                documentId: string | null;
                                title: string;
                                kicker: string | null;
                                subtitle: string | null;
                                summary: string | null;
                                locale: string;
                                created: boolean;
                            };
                            blocks: {
                                /** @enum {string} */
                                kind: "section" | "photo";
                                line: number;
                                heading?: string | null;
                                paragraphs?: string[];
                                caption?: string | null;
                                creditLine?: string | null;
                                photographer?: {
                                    name: string;
                                    match: ("existing" | "new") | null;
                                    documentId: string | null;
                                } | null;
                                image?: {
                                    name: string | null;
                                    missing: boolean;
                                };
                            }[];
                            photographers: {
                                name: string;
                                /** @enum {string} */
                                match: "existing" | "new";
                                documentId: string | null;
                                recordName?: string;
                                recordNameEn?: string | null;
                            }[];
                            figures: {
                                text: string;
                                value: number;
                                unit: string;
                                atLeast: boolean;
                                /** @enum {string} */
                                kind: "amount" | "count";
                                label: string;
                                sentence: string;
                                line: number;
                            }[];
                            warnings: {
                                code: string;
                                line: number | null;
                                message: string;
                            }[];
                            photos: {
                                documentId: string | null;
                                position: number;
                                imageMissing: boolean;
                                creditLine: string | null;
                            }[];
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: {
                            [key: string]: unknown;
                        };
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpenapiYaml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findOrganization: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `shortName`, `nameEn`, `slug`, `kind`, `region`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "shortName" | "nameEn" | "slug" | "kind" | "region" | "createdAt" | "updatedAt" | "publishedAt")[];
                /** @description Attributes to sort by, e.g. `publishDate:desc` */
                sort?: string | string[];
                /** @description Page (page, pageSize) or offset (start, limit); at most 100 per page */
                pagination?: {
                    page?: number;
                    pageSize?: number;
                    start?: number;
                    limit?: number;
                    withCount?: boolean;
                };
                /** @description Filters, e.g. filters[slug][$eq]=… */
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"][];
                        meta: {
                            pagination: {
                                page: number;
                                pageSize: number;
                                pageCount: number;
                                total: number;
                            } | {
                                start: number;
                                limit: number;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `shortName`, `nameEn`, `slug`, `kind`, `region`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "shortName" | "nameEn" | "slug" | "kind" | "region" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["OrganizationInput"];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findOneOrganization: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `shortName`, `nameEn`, `slug`, `kind`, `region`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "shortName" | "nameEn" | "slug" | "kind" | "region" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateOrganization: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `shortName`, `nameEn`, `slug`, `kind`, `region`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "shortName" | "nameEn" | "slug" | "kind" | "region" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["OrganizationInput"];
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPhotosSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    caption?: string;
                    altText?: string;
                    /** @enum {string} */
                    creditRole?: "staffReporter" | "correspondent" | "contributingPhotographer" | "provided" | "filePhoto";
                    takenAt?: string;
                    location?: string;
                    photographer?: string;
                    locale?: string;
                    activity?: string;
                    article?: string;
                    files: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            documentId: string;
                            locale: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            caption: string | null;
                            altText: string | null;
                            creditRole: string | null;
                            creditName: string | null;
                            readonly creditLine: string | null;
                            takenAt: string | null;
                            location: string | null;
                            readonly structuredData: {
                                [key: string]: unknown;
                            } | null;
                            photographer: {
                                documentId: string;
                                name: string | null;
                                nameEn: string | null;
                            } | null;
                            image: {
                                id: number;
                                name: string;
                                url: string;
                                width: number | null;
                                height: number | null;
                                mime: string;
                                formats: {
                                    [key: string]: unknown;
                                } | null;
                            } | null;
                        }[];
                        meta: {
                            count: number;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPhotosMine: {
        parameters: {
            query?: {
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            documentId: string;
                            locale: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            caption: string | null;
                            altText: string | null;
                            creditRole: string | null;
                            creditName: string | null;
                            readonly creditLine: string | null;
                            takenAt: string | null;
                            location: string | null;
                            readonly structuredData: {
                                [key: string]: unknown;
                            } | null;
                            photographer: {
                                documentId: string;
                                name: string | null;
                                nameEn: string | null;
                            } | null;
                            image: {
                                id: number;
                                name: string;
                                url: string;
                                width: number | null;
                                height: number | null;
                                mime: string;
                                formats: {
                                    [key: string]: unknown;
                                } | null;
                            } | null;
                        }[];
                        meta: {
                            count: number;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putPhotosMineDocumentId: {
        parameters: {
            query?: {
                locale?: string;
            };
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        caption?: string;
                        altText?: string;
                        /** @enum {string} */
                        creditRole?: "staffReporter" | "correspondent" | "contributingPhotographer" | "provided" | "filePhoto";
                        takenAt?: string;
                        location?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            documentId: string;
                            locale: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            caption: string | null;
                            altText: string | null;
                            creditRole: string | null;
                            creditName: string | null;
                            readonly creditLine: string | null;
                            takenAt: string | null;
                            location: string | null;
                            readonly structuredData: {
                                [key: string]: unknown;
                            } | null;
                            photographer: {
                                documentId: string;
                                name: string | null;
                                nameEn: string | null;
                            } | null;
                            image: {
                                id: number;
                                name: string;
                                url: string;
                                width: number | null;
                                height: number | null;
                                mime: string;
                                formats: {
                                    [key: string]: unknown;
                                } | null;
                            } | null;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findPhoto: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `caption`, `altText`, `creditRole`, `creditName`, `creditLine`, `structuredData`, `takenAt`, `location`, `copyrightNotice`, `usageTerms`, `metadata`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("caption" | "altText" | "creditRole" | "creditName" | "creditLine" | "structuredData" | "takenAt" | "location" | "copyrightNotice" | "usageTerms" | "metadata" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
                /** @description Attributes to sort by, e.g. `publishDate:desc` */
                sort?: string | string[];
                /** @description Page (page, pageSize) or offset (start, limit); at most 100 per page */
                pagination?: {
                    page?: number;
                    pageSize?: number;
                    start?: number;
                    limit?: number;
                    withCount?: boolean;
                };
                /** @description Filters, e.g. filters[slug][$eq]=… */
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Photo"][];
                        meta: {
                            pagination: {
                                page: number;
                                pageSize: number;
                                pageCount: number;
                                total: number;
                            } | {
                                start: number;
                                limit: number;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPhoto: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `caption`, `altText`, `creditRole`, `creditName`, `creditLine`, `structuredData`, `takenAt`, `location`, `copyrightNotice`, `usageTerms`, `metadata`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("caption" | "altText" | "creditRole" | "creditName" | "creditLine" | "structuredData" | "takenAt" | "location" | "copyrightNotice" | "usageTerms" | "metadata" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["PhotoInput"];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Photo"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findOnePhoto: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `caption`, `altText`, `creditRole`, `creditName`, `creditLine`, `structuredData`, `takenAt`, `location`, `copyrightNotice`, `usageTerms`, `metadata`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("caption" | "altText" | "creditRole" | "creditName" | "creditLine" | "structuredData" | "takenAt" | "location" | "copyrightNotice" | "usageTerms" | "metadata" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Photo"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePhoto: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
                /** @description Published versions (default) or drafts */
                status?: "draft" | "published";
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `caption`, `altText`, `creditRole`, `creditName`, `creditLine`, `structuredData`, `takenAt`, `location`, `copyrightNotice`, `usageTerms`, `metadata`, `createdAt`, `updatedAt`, `publishedAt`, `locale` */
                fields?: string | ("caption" | "altText" | "creditRole" | "creditName" | "creditLine" | "structuredData" | "takenAt" | "location" | "copyrightNotice" | "usageTerms" | "metadata" | "createdAt" | "updatedAt" | "publishedAt" | "locale")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["PhotoInput"];
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Photo"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePhoto: {
        parameters: {
            query?: {
                /** @description The locale (the default locale when absent) */
                locale?: string;
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findPhotographer: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `defaultRole`, `bio`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "defaultRole" | "bio" | "createdAt" | "updatedAt" | "publishedAt")[];
                /** @description Attributes to sort by, e.g. `publishDate:desc` */
                sort?: string | string[];
                /** @description Page (page, pageSize) or offset (start, limit); at most 100 per page */
                pagination?: {
                    page?: number;
                    pageSize?: number;
                    start?: number;
                    limit?: number;
                    withCount?: boolean;
                };
                /** @description Filters, e.g. filters[slug][$eq]=… */
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Photographer"][];
                        meta: {
                            pagination: {
                                page: number;
                                pageSize: number;
                                pageCount: number;
                                total: number;
                            } | {
                                start: number;
                                limit: number;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPhotographer: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `defaultRole`, `bio`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "defaultRole" | "bio" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["PhotographerInput"];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Photographer"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findOnePhotographer: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `defaultRole`, `bio`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "defaultRole" | "bio" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Photographer"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePhotographer: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `defaultRole`, `bio`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "defaultRole" | "bio" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["PhotographerInput"];
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Photographer"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePhotographer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPreview: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Article"] | components["schemas"]["Activity"] | components["schemas"]["Campaign"];
                        meta: {
                            type: string;
                            uid: string;
                            locale?: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                        checks: {
                            [key: string]: "ok" | "fail";
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findTag: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "createdAt" | "updatedAt" | "publishedAt")[];
                /** @description Attributes to sort by, e.g. `publishDate:desc` */
                sort?: string | string[];
                /** @description Page (page, pageSize) or offset (start, limit); at most 100 per page */
                pagination?: {
                    page?: number;
                    pageSize?: number;
                    start?: number;
                    limit?: number;
                    withCount?: boolean;
                };
                /** @description Filters, e.g. filters[slug][$eq]=… */
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Tag"][];
                        meta: {
                            pagination: {
                                page: number;
                                pageSize: number;
                                pageCount: number;
                                total: number;
                            } | {
                                start: number;
                                limit: number;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTag: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["TagInput"];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Tag"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findOneTag: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Tag"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTag: {
        parameters: {
            query?: {
                /** @description Relations, media, components and zones to populate: `*`, names, or an object (populate[cover][fields][0]=url) */
                populate?: string | string[] | {
                    [key: string]: unknown;
                };
                /** @description Attributes to send (besides id and documentId): `name`, `nameEn`, `slug`, `createdAt`, `updatedAt`, `publishedAt` */
                fields?: string | ("name" | "nameEn" | "slug" | "createdAt" | "updatedAt" | "publishedAt")[];
            };
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["TagInput"];
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Tag"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentTypeBuilderContentTypes: {
        parameters: {
            query: {
                kind: "collectionType" | "singleType";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            uid: string;
                            plugin?: string;
                            apiID: string;
                            schema: {
                                displayName: string;
                                singularName: string;
                                pluralName: string;
                                description: string;
                                draftAndPublish: boolean;
                                /** @enum {string} */
                                kind: "collectionType" | "singleType";
                                collectionName?: string;
                                attributes: {
                                    [key: string]: {
                                        /** @constant */
                                        type: "media";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        multiple: boolean;
                                        required?: boolean;
                                        allowedTypes?: string[];
                                    } | {
                                        /** @constant */
                                        type: "relation";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        relation: string;
                                        target: string;
                                        targetAttribute: string | null;
                                        autoPopulate?: boolean;
                                        mappedBy?: string;
                                        inversedBy?: string;
                                    } | {
                                        /** @constant */
                                        type: "component";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        component: string;
                                        repeatable: boolean;
                                        required?: boolean;
                                        min?: number;
                                        max?: number;
                                    } | {
                                        /** @constant */
                                        type: "dynamiczone";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        components: string[];
                                        required?: boolean;
                                        min?: number;
                                        max?: number;
                                    } | {
                                        /** @constant */
                                        type: "uid";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        targetField?: string;
                                    } | {
                                        type: string;
                                        required?: boolean;
                                        unique?: boolean;
                                        default?: unknown;
                                        min?: number | string;
                                        max?: number | string;
                                        minLength?: number;
                                        maxLength?: number;
                                        enum?: string[];
                                        regex?: string;
                                        private?: boolean;
                                        configurable?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                    };
                                };
                                visible: boolean;
                                restrictRelationsTo: string[] | null;
                                pluginOptions?: {
                                    [key: string]: unknown;
                                };
                                options?: {
                                    [key: string]: unknown;
                                };
                                reviewWorkflows?: boolean;
                                populateCreatorFields?: boolean;
                                comment?: string;
                                version?: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentTypeBuilderContentTypesUid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            uid: string;
                            plugin?: string;
                            apiID: string;
                            schema: {
                                displayName: string;
                                singularName: string;
                                pluralName: string;
                                description: string;
                                draftAndPublish: boolean;
                                /** @enum {string} */
                                kind: "collectionType" | "singleType";
                                collectionName?: string;
                                attributes: {
                                    [key: string]: {
                                        /** @constant */
                                        type: "media";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        multiple: boolean;
                                        required?: boolean;
                                        allowedTypes?: string[];
                                    } | {
                                        /** @constant */
                                        type: "relation";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        relation: string;
                                        target: string;
                                        targetAttribute: string | null;
                                        autoPopulate?: boolean;
                                        mappedBy?: string;
                                        inversedBy?: string;
                                    } | {
                                        /** @constant */
                                        type: "component";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        component: string;
                                        repeatable: boolean;
                                        required?: boolean;
                                        min?: number;
                                        max?: number;
                                    } | {
                                        /** @constant */
                                        type: "dynamiczone";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        components: string[];
                                        required?: boolean;
                                        min?: number;
                                        max?: number;
                                    } | {
                                        /** @constant */
                                        type: "uid";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        targetField?: string;
                                    } | {
                                        type: string;
                                        required?: boolean;
                                        unique?: boolean;
                                        default?: unknown;
                                        min?: number | string;
                                        max?: number | string;
                                        minLength?: number;
                                        maxLength?: number;
                                        enum?: string[];
                                        regex?: string;
                                        private?: boolean;
                                        configurable?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                    };
                                };
                                visible: boolean;
                                restrictRelationsTo: string[] | null;
                                pluginOptions?: {
                                    [key: string]: unknown;
                                };
                                options?: {
                                    [key: string]: unknown;
                                };
                                reviewWorkflows?: boolean;
                                populateCreatorFields?: boolean;
                                comment?: string;
                                version?: string;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentTypeBuilderComponents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            uid: string;
                            category: string;
                            apiId: string;
                            schema: {
                                displayName: string;
                                description: string;
                                icon?: string;
                                connection?: string;
                                collectionName?: string;
                                attributes: {
                                    [key: string]: {
                                        /** @constant */
                                        type: "media";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        multiple: boolean;
                                        required?: boolean;
                                        allowedTypes?: string[];
                                    } | {
                                        /** @constant */
                                        type: "relation";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        relation: string;
                                        target: string;
                                        targetAttribute: string | null;
                                        autoPopulate?: boolean;
                                        mappedBy?: string;
                                        inversedBy?: string;
                                    } | {
                                        /** @constant */
                                        type: "component";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        component: string;
                                        repeatable: boolean;
                                        required?: boolean;
                                        min?: number;
                                        max?: number;
                                    } | {
                                        /** @constant */
                                        type: "dynamiczone";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        components: string[];
                                        required?: boolean;
                                        min?: number;
                                        max?: number;
                                    } | {
                                        /** @constant */
                                        type: "uid";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        targetField?: string;
                                    } | {
                                        type: string;
                                        required?: boolean;
                                        unique?: boolean;
                                        default?: unknown;
                                        min?: number | string;
                                        max?: number | string;
                                        minLength?: number;
                                        maxLength?: number;
                                        enum?: string[];
                                        regex?: string;
                                        private?: boolean;
                                        configurable?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                    };
                                };
                                pluginOptions?: {
                                    [key: string]: unknown;
                                };
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentTypeBuilderComponentsUid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            uid: string;
                            category: string;
                            apiId: string;
                            schema: {
                                displayName: string;
                                description: string;
                                icon?: string;
                                connection?: string;
                                collectionName?: string;
                                attributes: {
                                    [key: string]: {
                                        /** @constant */
                                        type: "media";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        multiple: boolean;
                                        required?: boolean;
                                        allowedTypes?: string[];
                                    } | {
                                        /** @constant */
                                        type: "relation";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        relation: string;
                                        target: string;
                                        targetAttribute: string | null;
                                        autoPopulate?: boolean;
                                        mappedBy?: string;
                                        inversedBy?: string;
                                    } | {
                                        /** @constant */
                                        type: "component";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        component: string;
                                        repeatable: boolean;
                                        required?: boolean;
                                        min?: number;
                                        max?: number;
                                    } | {
                                        /** @constant */
                                        type: "dynamiczone";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        components: string[];
                                        required?: boolean;
                                        min?: number;
                                        max?: number;
                                    } | {
                                        /** @constant */
                                        type: "uid";
                                        /** @constant */
                                        configurable?: false;
                                        private?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        targetField?: string;
                                    } | {
                                        type: string;
                                        required?: boolean;
                                        unique?: boolean;
                                        default?: unknown;
                                        min?: number | string;
                                        max?: number | string;
                                        minLength?: number;
                                        maxLength?: number;
                                        enum?: string[];
                                        regex?: string;
                                        private?: boolean;
                                        configurable?: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                    };
                                };
                                pluginOptions?: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from?: string;
                    to: string;
                    cc?: string;
                    bcc?: string;
                    replyTo?: string;
                    subject: string;
                    text: string;
                    html?: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUpload: {
        parameters: {
            query?: {
                id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** Format: uuid */
                        documentId: string;
                        name: string;
                        alternativeText?: string | null;
                        caption?: string | null;
                        width?: number;
                        height?: number;
                        formats?: {
                            [key: string]: unknown;
                        };
                        hash: string;
                        ext?: string;
                        mime: string;
                        size: number;
                        url: string;
                        previewUrl?: string | null;
                        folder?: number;
                        folderPath: string;
                        provider: string;
                        provider_metadata?: {
                            [key: string]: unknown;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                        createdBy?: number;
                        updatedBy?: number;
                    } | {
                        id: number;
                        /** Format: uuid */
                        documentId: string;
                        name: string;
                        alternativeText?: string | null;
                        caption?: string | null;
                        width?: number;
                        height?: number;
                        formats?: {
                            [key: string]: unknown;
                        };
                        hash: string;
                        ext?: string;
                        mime: string;
                        size: number;
                        url: string;
                        previewUrl?: string | null;
                        folder?: number;
                        folderPath: string;
                        provider: string;
                        provider_metadata?: {
                            [key: string]: unknown;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                        createdBy?: number;
                        updatedBy?: number;
                    }[];
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUploadFiles: {
        parameters: {
            query?: {
                fields?: string | string[];
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
                sort?: string | string[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
                pagination?: {
                    /** @description Include total count in response */
                    withCount?: boolean;
                } & ({
                    /** @description Page number (1-based) */
                    page: number;
                    /** @description Number of entries per page */
                    pageSize: number;
                } | {
                    /** @description Number of entries to skip */
                    start: number;
                    /** @description Maximum number of entries to return */
                    limit: number;
                });
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** Format: uuid */
                        documentId: string;
                        name: string;
                        alternativeText?: string | null;
                        caption?: string | null;
                        width?: number;
                        height?: number;
                        formats?: {
                            [key: string]: unknown;
                        };
                        hash: string;
                        ext?: string;
                        mime: string;
                        size: number;
                        url: string;
                        previewUrl?: string | null;
                        folder?: number;
                        folderPath: string;
                        provider: string;
                        provider_metadata?: {
                            [key: string]: unknown;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                        createdBy?: number;
                        updatedBy?: number;
                    }[];
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUploadFilesPage: {
        parameters: {
            query?: {
                fields?: string | string[];
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
                sort?: string | string[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
                pagination?: {
                    /** @description Include total count in response */
                    withCount?: boolean;
                } & ({
                    /** @description Page number (1-based) */
                    page: number;
                    /** @description Number of entries per page */
                    pageSize: number;
                } | {
                    /** @description Number of entries to skip */
                    start: number;
                    /** @description Maximum number of entries to return */
                    limit: number;
                });
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: number;
                            /** Format: uuid */
                            documentId: string;
                            name: string;
                            alternativeText?: string | null;
                            caption?: string | null;
                            width?: number;
                            height?: number;
                            formats?: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            ext?: string;
                            mime: string;
                            size: number;
                            url: string;
                            previewUrl?: string | null;
                            folder?: number;
                            folderPath: string;
                            provider: string;
                            provider_metadata?: {
                                [key: string]: unknown;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                            createdBy?: number;
                            updatedBy?: number;
                        }[];
                        meta: {
                            pagination: {
                                page: number;
                                pageSize: number;
                                pageCount?: number;
                                total?: number;
                            } | {
                                start: number;
                                limit: number;
                                total?: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUploadFilesId: {
        parameters: {
            query?: {
                fields?: string | string[];
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** Format: uuid */
                        documentId: string;
                        name: string;
                        alternativeText?: string | null;
                        caption?: string | null;
                        width?: number;
                        height?: number;
                        formats?: {
                            [key: string]: unknown;
                        };
                        hash: string;
                        ext?: string;
                        mime: string;
                        size: number;
                        url: string;
                        previewUrl?: string | null;
                        folder?: number;
                        folderPath: string;
                        provider: string;
                        provider_metadata?: {
                            [key: string]: unknown;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                        createdBy?: number;
                        updatedBy?: number;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUploadFilesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** Format: uuid */
                        documentId: string;
                        name: string;
                        alternativeText?: string | null;
                        caption?: string | null;
                        width?: number;
                        height?: number;
                        formats?: {
                            [key: string]: unknown;
                        };
                        hash: string;
                        ext?: string;
                        mime: string;
                        size: number;
                        url: string;
                        previewUrl?: string | null;
                        folder?: number;
                        folderPath: string;
                        provider: string;
                        provider_metadata?: {
                            [key: string]: unknown;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                        createdBy?: number;
                        updatedBy?: number;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getI18nLocales: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** Format: uuid */
                        documentId: string;
                        name: string;
                        code: string;
                        createdAt: string;
                        updatedAt: string;
                        publishedAt: string | null;
                        isDefault: boolean;
                    }[];
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConnectPath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (a JSON body this document does not describe) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLocal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    identifier: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jwt: string;
                        refreshToken?: string;
                        user: {
                            id: number;
                            documentId: string;
                            username: string;
                            email: string;
                            provider: string;
                            confirmed: boolean;
                            blocked: boolean;
                            role?: number | {
                                id: number;
                                name: string;
                                description: string | null;
                                type: string;
                                createdAt: string;
                                updatedAt: string;
                            };
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLocalRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jwt: string;
                        refreshToken?: string;
                        user: {
                            id: number;
                            documentId: string;
                            username: string;
                            email: string;
                            provider: string;
                            confirmed: boolean;
                            blocked: boolean;
                            role?: number | {
                                id: number;
                                name: string;
                                description: string | null;
                                type: string;
                                createdAt: string;
                                updatedAt: string;
                            };
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string;
                        };
                    } | {
                        user: {
                            id: number;
                            documentId: string;
                            username: string;
                            email: string;
                            provider: string;
                            confirmed: boolean;
                            blocked: boolean;
                            role?: number | {
                                id: number;
                                name: string;
                                description: string | null;
                                type: string;
                                createdAt: string;
                                updatedAt: string;
                            };
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthProviderCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jwt: string;
                        refreshToken?: string;
                        user: {
                            id: number;
                            documentId: string;
                            username: string;
                            email: string;
                            provider: string;
                            confirmed: boolean;
                            blocked: boolean;
                            role?: number | {
                                id: number;
                                name: string;
                                description: string | null;
                                type: string;
                                createdAt: string;
                                updatedAt: string;
                            };
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthForgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    password: string;
                    passwordConfirmation: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jwt: string;
                        refreshToken?: string;
                        user: {
                            id: number;
                            documentId: string;
                            username: string;
                            email: string;
                            provider: string;
                            confirmed: boolean;
                            blocked: boolean;
                            role?: number | {
                                id: number;
                                name: string;
                                description: string | null;
                                type: string;
                                createdAt: string;
                                updatedAt: string;
                            };
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthEmailConfirmation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (a JSON body this document does not describe) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthSendEmailConfirmation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        sent: boolean;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    password: string;
                    passwordConfirmation: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jwt: string;
                        refreshToken?: string;
                        user: {
                            id: number;
                            documentId: string;
                            username: string;
                            email: string;
                            provider: string;
                            confirmed: boolean;
                            blocked: boolean;
                            role?: number | {
                                id: number;
                                name: string;
                                description: string | null;
                                type: string;
                                createdAt: string;
                                updatedAt: string;
                            };
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (a JSON body this document does not describe) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (a JSON body this document does not describe) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (a JSON body this document does not describe) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAuthSessionsSessionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (a JSON body this document does not describe) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersCount: {
        parameters: {
            query?: {
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number;
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: {
                fields?: string | string[];
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
                sort?: string | string[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
                pagination?: {
                    /** @description Include total count in response */
                    withCount?: boolean;
                } & ({
                    /** @description Page number (1-based) */
                    page: number;
                    /** @description Number of entries per page */
                    pageSize: number;
                } | {
                    /** @description Number of entries to skip */
                    start: number;
                    /** @description Maximum number of entries to return */
                    limit: number;
                });
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        documentId: string;
                        username: string;
                        email: string;
                        provider: string;
                        confirmed: boolean;
                        blocked: boolean;
                        role?: number | {
                            id: number;
                            name: string;
                            description: string | null;
                            type: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                        createdAt: string;
                        updatedAt: string;
                        publishedAt: string;
                    }[];
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    /** Format: email */
                    email: string;
                    password: string;
                    role?: number | string | {
                        connect?: {
                            id?: number | string;
                            documentId?: string;
                        }[];
                        disconnect?: {
                            id?: number | string;
                            documentId?: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        documentId: string;
                        username: string;
                        email: string;
                        provider: string;
                        confirmed: boolean;
                        blocked: boolean;
                        role?: number | {
                            id: number;
                            name: string;
                            description: string | null;
                            type: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                        createdAt: string;
                        updatedAt: string;
                        publishedAt: string;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersMe: {
        parameters: {
            query?: {
                fields?: string | string[];
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        documentId: string;
                        username: string;
                        email: string;
                        provider: string;
                        confirmed: boolean;
                        blocked: boolean;
                        role?: number | {
                            id: number;
                            name: string;
                            description: string | null;
                            type: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                        createdAt: string;
                        updatedAt: string;
                        publishedAt: string;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersId: {
        parameters: {
            query?: {
                fields?: string | string[];
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        documentId: string;
                        username: string;
                        email: string;
                        provider: string;
                        confirmed: boolean;
                        blocked: boolean;
                        role?: number | {
                            id: number;
                            name: string;
                            description: string | null;
                            type: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                        createdAt: string;
                        updatedAt: string;
                        publishedAt: string;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username?: string;
                    /** Format: email */
                    email?: string;
                    password?: string;
                    role?: number | string | {
                        connect?: {
                            id?: number | string;
                            documentId?: string;
                        }[];
                        disconnect?: {
                            id?: number | string;
                            documentId?: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        documentId: string;
                        username: string;
                        email: string;
                        provider: string;
                        confirmed: boolean;
                        blocked: boolean;
                        role?: number | {
                            id: number;
                            name: string;
                            description: string | null;
                            type: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                        createdAt: string;
                        updatedAt: string;
                        publishedAt: string;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        documentId: string;
                        username: string;
                        email: string;
                        provider: string;
                        confirmed: boolean;
                        blocked: boolean;
                        role?: number | {
                            id: number;
                            name: string;
                            description: string | null;
                            type: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                        createdAt: string;
                        updatedAt: string;
                        publishedAt: string;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersPermissionsRolesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        role: {
                            id: number;
                            documentId: string;
                            name: string;
                            description: string | null;
                            type: string;
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string;
                            nb_users?: number;
                            permissions?: {
                                [key: string]: {
                                    controllers: {
                                        [key: string]: {
                                            [key: string]: {
                                                enabled: boolean;
                                                policy: string;
                                            };
                                        };
                                    };
                                };
                            };
                            users?: unknown[];
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putUsersPermissionsRolesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    type?: string;
                    permissions?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUsersPermissionsRolesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersPermissionsRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roles: {
                            id: number;
                            documentId: string;
                            name: string;
                            description: string | null;
                            type: string;
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string;
                            nb_users?: number;
                            permissions?: {
                                [key: string]: {
                                    controllers: {
                                        [key: string]: {
                                            [key: string]: {
                                                enabled: boolean;
                                                policy: string;
                                            };
                                        };
                                    };
                                };
                            };
                            users?: unknown[];
                        }[];
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUsersPermissionsRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    type: string;
                    permissions?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersPermissionsPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        permissions: {
                            [key: string]: {
                                controllers: {
                                    [key: string]: {
                                        [key: string]: {
                                            enabled: boolean;
                                            policy: string;
                                        };
                                    };
                                };
                            };
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postNewsroomMediaPhotosSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    caption?: string;
                    altText?: string;
                    /** @enum {string} */
                    creditRole?: "staffReporter" | "correspondent" | "contributingPhotographer" | "provided" | "filePhoto";
                    takenAt?: string;
                    location?: string;
                    photographer?: string;
                    locale?: string;
                    activity?: string;
                    article?: string;
                    files: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            documentId: string;
                            locale: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            caption: string | null;
                            altText: string | null;
                            creditRole: string | null;
                            creditName: string | null;
                            readonly creditLine: string | null;
                            takenAt: string | null;
                            location: string | null;
                            readonly structuredData: {
                                [key: string]: unknown;
                            } | null;
                            photographer: {
                                documentId: string;
                                name: string | null;
                                nameEn: string | null;
                            } | null;
                            image: {
                                id: number;
                                name: string;
                                url: string;
                                width: number | null;
                                height: number | null;
                                mime: string;
                                formats: {
                                    [key: string]: unknown;
                                } | null;
                            } | null;
                        }[];
                        meta: {
                            count: number;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNewsroomMediaPhotosMine: {
        parameters: {
            query?: {
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            documentId: string;
                            locale: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            caption: string | null;
                            altText: string | null;
                            creditRole: string | null;
                            creditName: string | null;
                            readonly creditLine: string | null;
                            takenAt: string | null;
                            location: string | null;
                            readonly structuredData: {
                                [key: string]: unknown;
                            } | null;
                            photographer: {
                                documentId: string;
                                name: string | null;
                                nameEn: string | null;
                            } | null;
                            image: {
                                id: number;
                                name: string;
                                url: string;
                                width: number | null;
                                height: number | null;
                                mime: string;
                                formats: {
                                    [key: string]: unknown;
                                } | null;
                            } | null;
                        }[];
                        meta: {
                            count: number;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putNewsroomMediaPhotosMineDocumentId: {
        parameters: {
            query?: {
                locale?: string;
            };
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        caption?: string;
                        altText?: string;
                        /** @enum {string} */
                        creditRole?: "staffReporter" | "correspondent" | "contributingPhotographer" | "provided" | "filePhoto";
                        takenAt?: string;
                        location?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            documentId: string;
                            locale: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            caption: string | null;
                            altText: string | null;
                            creditRole: string | null;
                            creditName: string | null;
                            readonly creditLine: string | null;
                            takenAt: string | null;
                            location: string | null;
                            readonly structuredData: {
                                [key: string]: unknown;
                            } | null;
                            photographer: {
                                documentId: string;
                                name: string | null;
                                nameEn: string | null;
                            } | null;
                            image: {
                                id: number;
                                name: string;
                                url: string;
                                width: number | null;
                                height: number | null;
                                mime: string;
                                formats: {
                                    [key: string]: unknown;
                                } | null;
                            } | null;
                        };
                    };
                };
            };
            /** @description Invalid input (unknown or malformed parameter or body) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this token or role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
