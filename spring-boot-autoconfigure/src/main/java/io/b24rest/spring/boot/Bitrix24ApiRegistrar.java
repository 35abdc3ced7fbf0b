package io.b24rest.spring.boot;

import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24Registry;
import java.beans.Introspector;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers every generated API interface that {@link Bitrix24Registry} knows (the library's and
 * those of a project's own specs, found through {@code ServiceLoader}) as a bean: {@code
 * client.api(TheApi.class)} of the context's {@link Bitrix24Client}. A bean is named after its
 * interface ({@code nodeCommunicationApi}), or by its full class name where two packages have an
 * interface of the same name. An interface for which the application defines a bean of its own (of
 * that type, under any name: a stub, a decorated API) is left alone, as {@code
 * ConditionalOnMissingBean} would leave it: the application's bean is then the one injected.
 */
final class Bitrix24ApiRegistrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware {
  private BeanFactory beanFactory;

  @Override
  public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
    this.beanFactory = beanFactory;
  }

  @Override
  public void registerBeanDefinitions(
      AnnotationMetadata importingClassMetadata, BeanDefinitionRegistry registry) {
    Set<Class<?>> apis = new LinkedHashSet<>();
    for (MethodDescriptor method : Bitrix24Registry.methods()) {
      apis.add(method.api());
    }
    for (Class<?> api : apis) {
      if (definedByTheApplication(registry, api)) {
        continue;
      }
      String name = Introspector.decapitalize(api.getSimpleName());
      if (registry.containsBeanDefinition(name)) {
        name = api.getName();
      }
      if (!registry.containsBeanDefinition(name)) {
        registry.registerBeanDefinition(name, definition(api));
      }
    }
  }

  /**
   * Whether a bean of type {@code api} is defined already. Auto-configurations are loaded after the
   * application's configuration, so its beans are known here; the type of a {@code @Bean} method's
   * bean is its return type, found without creating anything.
   */
  private static boolean definedByTheApplication(BeanDefinitionRegistry registry, Class<?> api) {
    return registry instanceof ListableBeanFactory beans
        && beans.getBeanNamesForType(api, true, false).length > 0;
  }

  private <T> RootBeanDefinition definition(Class<T> api) {
    RootBeanDefinition definition =
        new RootBeanDefinition(api, () -> beanFactory.getBean(Bitrix24Client.class).api(api));
    // Made on first use: most applications use a few of the APIs.
    definition.setLazyInit(true);
    return definition;
  }
}
